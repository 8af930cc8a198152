using ContactHub.Definitions.PrivacyLevels;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class PrivacyLevelsPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AddAndRemove_ChangeTheDefinitionsRules()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var added = await client.PostFormAsync("/admin/privacy-levels", new() { ["New.Category"] = "VIP", ["New.Level"] = "Confidential" }, "/admin/privacy-levels?handler=Add");

        var page = await client.FollowAsync(added);
        Assert.Contains("The rule is added: contacts in category VIP are at least Confidential.", page, StringComparison.Ordinal);
        var rule = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            rule = (await services.GetRequiredService<PrivacyLevelService>().GetAsync(CancellationToken.None)).Rules.Single().Id);

        var removed = await client.PostFormAsync("/admin/privacy-levels", [], $"/admin/privacy-levels?handler=Remove&ruleId={rule}");
        Assert.Contains("No rules yet", await client.FollowAsync(removed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_WithoutCategoryOrKind_ShowsTheCoreMessageOnTheField()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/privacy-levels", new() { ["New.Level"] = "Restricted" }, "/admin/privacy-levels?handler=Add");

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("id=\"New_Category-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Name a category, a kind, or both.", html, StringComparison.Ordinal);
    }

    [Fact]
    public Task Page_RefusesAnOperator() => AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/privacy-levels");

    [Fact]
    public async Task DefaultLanguage_IsSavedOnTheRulesPage()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var saved = await client.PostFormAsync("/admin/rules", new() { ["DefaultLanguage"] = "de-ch" }, "/admin/rules?handler=DefaultLanguage");

        var page = await client.FollowAsync(saved);
        Assert.Contains("Contacts without a language are addressed in de-CH now.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"de-CH\"", page, StringComparison.Ordinal);
        var refused = await client.PostFormAsync("/admin/rules", new() { ["DefaultLanguage"] = "not a language" }, "/admin/rules?handler=DefaultLanguage");
        Assert.Contains("id=\"DefaultLanguage-error\"", await AdminPages.AssertRefusedAsync(refused), StringComparison.Ordinal);
    }
}
