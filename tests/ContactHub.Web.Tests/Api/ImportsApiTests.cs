using System.Net;
using System.Text;

namespace ContactHub.Web.Tests.Api;

public sealed class ImportsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Import_Ndjson_WritesValidRowsAndReportsTheOthersByRowAndField()
    {
        using var client = await factory.NewTenantAsync();
        var body = string.Join('\n',
            """{"kind":"person","firstName":"Anna","lastName":"Muster","phones":[{"type":"mobile","number":"079 123 45 67"}]}""",
            """{"kind":"person","lastName":"Broken","emails":[{"type":"work","address":"nope"}]}""",
            "not json",
            """{"kind":"company","companyName":"Muster AG","colour":"blue"}""",
            """{"kind":"company","companyName":"Beispiel GmbH"}""");

        var response = await client.PostAsync("/api/v1/imports", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        var result = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(5, result.GetProperty("rows").GetInt32());
        Assert.Equal(2, result.GetProperty("imported").GetInt32());
        Assert.Equal(3, result.GetProperty("rejected").GetInt32());
        var errors = result.GetProperty("errors");
        Assert.Equal([2, 3, 4], errors.EnumerateArray().Select(e => e.GetProperty("row").GetInt32()));
        Assert.True(errors[0].GetProperty("errors").TryGetProperty("emails[0].address", out _));
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Anna Muster", "Beispiel GmbH"], list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("displayName").GetString()).Order());
    }

    [Fact]
    public async Task Import_OtherThanNdjson_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var response = await client.PostAsync("/api/v1/imports", new StringContent("[]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
