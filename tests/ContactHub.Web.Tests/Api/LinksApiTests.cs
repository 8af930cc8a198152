using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

public sealed class LinksApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Relation_IsOutwardOnOneSide_InwardOnTheOther_AndEditable()
    {
        using var client = await factory.NewTenantAsync();
        var anna = (await client.CreateContactAsync(ApiClientExtensions.Person("Anna", "Muster"))).Id();
        var ben = (await client.CreateContactAsync(ApiClientExtensions.Person("Ben", "Muster"))).Id();

        var relation = await (await client.PostAsJsonAsync($"/api/v1/contacts/{anna}/relations", new { relatedContactId = ben, type = "spouse" })).JsonAsync(HttpStatusCode.Created);
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{anna}/relations/{relation.Id()}", new { type = "partner" })).JsonAsync(HttpStatusCode.OK);

        var annaView = await (await client.GetAsync($"/api/v1/contacts/{anna}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("partner", annaView.GetProperty("relations")[0].GetProperty("type").GetString());
        Assert.Equal("Ben Muster", annaView.GetProperty("relations")[0].GetProperty("displayName").GetString());
        var benView = await (await client.GetAsync($"/api/v1/contacts/{ben}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(anna, benView.GetProperty("inwardRelations")[0].GetProperty("contactId").GetGuid());
        Assert.Equal(0, benView.GetProperty("relations").GetArrayLength());

        // Inward relations are read-only: the other side cannot edit or remove them.
        await (await client.DeleteAsync($"/api/v1/contacts/{ben}/relations/{relation.Id()}")).JsonAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/api/v1/contacts/{anna}/relations/{relation.Id()}")).JsonAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Relation_ToSelfOrUnknown_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var anna = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{anna}/relations", new { relatedContactId = anna, type = "self" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{anna}/relations", new { relatedContactId = Guid.NewGuid(), type = "friend" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task ContactPerson_ConnectsToCompany_WithRole_AndDisconnects()
    {
        using var client = await factory.NewTenantAsync();
        var person = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        var company = (await client.CreateContactAsync(new { kind = "company", companyName = "Muster AG" })).Id();

        var link = await (await client.PostAsJsonAsync($"/api/v1/contacts/{person}/companies", new { companyId = company, role = "Purchasing" })).JsonAsync(HttpStatusCode.Created);
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{person}/companies", new { companyId = company })).JsonAsync(HttpStatusCode.Conflict);
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{company}/companies", new { companyId = person })).JsonAsync(HttpStatusCode.Conflict);

        var companyView = await (await client.GetAsync($"/api/v1/contacts/{company}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Purchasing", companyView.GetProperty("contactPersons")[0].GetProperty("role").GetString());
        Assert.Equal(person, companyView.GetProperty("contactPersons")[0].GetProperty("contactId").GetGuid());

        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{person}/companies/{link.Id()}", new { role = "CEO" })).JsonAsync(HttpStatusCode.OK);
        await (await client.DeleteAsync($"/api/v1/contacts/{person}/companies/{link.Id()}")).JsonAsync(HttpStatusCode.NoContent);
        var personView = await (await client.GetAsync($"/api/v1/contacts/{person}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, personView.GetProperty("companies").GetArrayLength());
    }

    [Fact]
    public async Task Photo_IsCheckedByContent_AndSizeLimited()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        await (await client.PutAsync($"/api/v1/contacts/{id}/photo", Bytes(png, "image/png"))).JsonAsync(HttpStatusCode.NoContent);
        var photo = await client.GetAsync($"/api/v1/contacts/{id}/photo");
        Assert.Equal("image/png", photo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await photo.Content.ReadAsByteArrayAsync());

        var fake = await (await client.PutAsync($"/api/v1/contacts/{id}/photo", Bytes("<svg/>"u8.ToArray(), "image/png"))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("photo", fake.ErrorFields());
        var huge = new byte[(1024 * 1024) + 10];
        png.CopyTo(huge, 0);
        await (await client.PutAsync($"/api/v1/contacts/{id}/photo", Bytes(huge, "image/png"))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await client.DeleteAsync($"/api/v1/contacts/{id}/photo")).JsonAsync(HttpStatusCode.NoContent);
        await (await client.GetAsync($"/api/v1/contacts/{id}/photo")).JsonAsync(HttpStatusCode.NotFound);
    }

    private static ByteArrayContent Bytes(byte[] data, string type)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}
