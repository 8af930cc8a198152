using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

public sealed class ContactPointsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SecondActiveEmailOfAType_Is409_UntilTheFirstIsDeactivated()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(ApiClientExtensions.Person());
        var id = contact.Id();
        var first = contact.GetProperty("emails")[0].Id();

        var conflict = await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/emails", new { type = "work", address = "new@example.com" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(first, conflict.GetProperty("existingId").GetGuid());

        var deactivated = await client.PostAsync($"/api/v1/contacts/{id}/emails/{first}/deactivate", null);
        Assert.False((await deactivated.JsonAsync(HttpStatusCode.OK)).GetProperty("isActive").GetBoolean());
        Assert.Equal("\"2\"", deactivated.ETag());

        var added = await client.PostAsJsonAsync($"/api/v1/contacts/{id}/emails", new { type = "work", address = "new@example.com" });
        await added.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("\"3\"", added.ETag());

        // Reactivating the old one would make two active work e-mails.
        await (await client.PostAsync($"/api/v1/contacts/{id}/emails/{first}/reactivate", null)).JsonAsync(HttpStatusCode.Conflict);
        var emails = await (await client.GetAsync($"/api/v1/contacts/{id}/emails")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, emails.GetArrayLength());
    }

    [Fact]
    public async Task AddressInUse_CannotBeDeactivated_UntilReleased()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        var address = await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/addresses",
            new { type = "billing", street = "Rue du Lac 3", postalCode = "1200", city = "Genève", country = "CH", inUse = "billing" })).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/contacts/{id}/addresses/{address.Id()}";

        var problem = await (await client.PostAsync(url + "/deactivate", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.EndsWith("contact-point-in-use", problem.GetProperty("type").GetString());

        await (await client.PutAsJsonAsync(url + "/in-use", new { reason = (string?)null })).JsonAsync(HttpStatusCode.OK);
        await (await client.PostAsync(url + "/deactivate", null)).JsonAsync(HttpStatusCode.OK);
        await (await client.PostAsync(url + "/reactivate", null)).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Remove_OnlyAnInactiveEntry()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        var phone = await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/phones", new { type = "mobile", number = "+44 7400 123456" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("+447400123456", phone.GetProperty("e164").GetString());
        Assert.Equal("mobile", phone.GetProperty("lineType").GetString());
        var url = $"/api/v1/contacts/{id}/phones/{phone.Id()}";

        await (await client.DeleteAsync(url)).JsonAsync(HttpStatusCode.Conflict);
        await (await client.PostAsync(url + "/deactivate", null)).JsonAsync(HttpStatusCode.OK);
        await (await client.DeleteAsync(url)).JsonAsync(HttpStatusCode.NoContent);
        var phones = await (await client.GetAsync($"/api/v1/contacts/{id}/phones")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, phones.GetArrayLength());
    }

    [Fact]
    public async Task Add_InvalidEntry_NamesTopLevelFields()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        var problem = await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/phones", new { type = "Mobile Phone", number = "abc" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["number", "type"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnknownEntry_Is404()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        await (await client.PostAsync($"/api/v1/contacts/{id}/emails/{Guid.NewGuid()}/deactivate", null)).JsonAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{Guid.NewGuid()}/emails", new { type = "work", address = "a@example.com" })).JsonAsync(HttpStatusCode.NotFound);
    }
}
