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
}
