using System.Net;

namespace ContactHub.Web.Tests.Api;

public sealed class ConfidentialityFilterTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task List_ByConfidentiality_ReturnsThatLevelOnly_WithinTheKeysClearance()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "restricted", "free");
        var (restricted, free) = (clients[0], clients[1]);
        await restricted.CreateContactAsync(new { kind = "person", lastName = "Open" });
        var hush = (await restricted.CreateContactAsync(new { kind = "person", lastName = "Hush", confidentiality = "restricted" })).Id();

        var items = (await (await restricted.GetAsync("/api/v1/contacts?confidentiality=restricted")).JsonAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal([hush], items.EnumerateArray().Select(i => i.Id()));
        Assert.Equal(0, (await (await free.GetAsync("/api/v1/contacts?confidentiality=restricted")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
        Assert.Equal(["confidentiality"], (await (await free.GetAsync("/api/v1/contacts?confidentiality=secret")).JsonAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    // A contact above the key's clearance does not exist for it, and neither does its photo (it was served before).
    [Fact]
    public async Task Photo_OfAContactAboveTheKeysClearance_IsNotFound()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "restricted", "free");
        var (restricted, free) = (clients[0], clients[1]);
        var hush = (await restricted.CreateContactAsync(new { kind = "person", lastName = "Hush", confidentiality = "restricted" })).Id();
        var png = new System.Net.Http.ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        png.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        await (await restricted.PutAsync($"/api/v1/contacts/{hush}/photo", png)).JsonAsync(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.OK, (await restricted.GetAsync($"/api/v1/contacts/{hush}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await free.GetAsync($"/api/v1/contacts/{hush}/photo")).StatusCode);
    }
}
