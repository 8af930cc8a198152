namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class DefinitionHistoryPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task History_ShowsAChangeMadeOnAnAdminPage_WithItsOperatorAndSource()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        AdminPages.AssertSaved(await client.PostFormAsync("/admin/rules", new() { ["NameOrder"] = "LastFirstMiddle" }, "/admin/rules?handler=NameRule"));

        var page = await client.Http.GetStringAsync("/admin/history");

        Assert.Matches("<td>Updated definition</td>\\s*<td>nameOrder</td>\\s*<td[^>]*>firstMiddleLast → lastFirstMiddle</td>\\s*<td>Test Administrator</td>\\s*<td>ui</td>", page);
    }

    [Fact]
    public async Task History_WithFromAfterTo_ShowsTheCoreMessageOnFrom()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var page = await client.Http.GetStringAsync("/admin/history?from=2026-02-01&to=2026-01-01");

        Assert.Contains("id=\"From-error\">&#x27;from&#x27; must not be after &#x27;to&#x27;.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_RefusesAnOperator() => await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/history");
}
