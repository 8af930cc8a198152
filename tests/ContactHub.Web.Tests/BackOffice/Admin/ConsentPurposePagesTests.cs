using ContactHub.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class ConsentPurposePagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_APurposeWithItsFirstText_ThenEditIt_AndAddAVersion()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var created = await client.PostFormAsync("/admin/consent-purposes", new()
        {
            ["Form.Key"] = "newsletter", ["Form.Name"] = "Newsletter", ["Form.Kind"] = "DirectMarketing", ["Form.Partners"] = "",
            ["Form.Language"] = "en", ["Form.Text"] = "Send me the monthly newsletter.",
        });
        AdminPages.AssertSaved(created);
        var list = await client.Http.GetStringAsync("/admin/consent-purposes");
        Assert.Contains("The consent purpose &#x27;Newsletter&#x27; is created.", list, StringComparison.Ordinal);
        Assert.Contains("<code>newsletter</code>", list, StringComparison.Ordinal);

        var edited = await client.PostFormAsync("/admin/consent-purposes/newsletter", new()
        {
            ["Form.Name"] = "Monthly newsletter", ["Form.Partners"] = "", ["Form.GrantedByDefault"] = "true",
        });
        AdminPages.AssertSaved(edited);
        var added = await client.PostFormAsync("/admin/consent-purposes/newsletter", new() { ["NewText.Language"] = "en", ["NewText.Text"] = "Send me the newsletter, monthly." },
            "/admin/consent-purposes/newsletter?handler=Text");
        AdminPages.AssertSaved(added);

        var page = await client.Http.GetStringAsync("/admin/consent-purposes/newsletter");
        Assert.Contains("Version 2 of the en text is added.", page, StringComparison.Ordinal);
        Assert.Contains("<td>v2</td><td>Send me the newsletter, monthly.</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>v1</td><td>Send me the monthly newsletter.</td>", page, StringComparison.Ordinal);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var purpose = (await services.GetRequiredService<ConsentDefinitionService>().PurposesAsync(CancellationToken.None)).Single(p => p.Key == "newsletter");
            Assert.Equal("Monthly newsletter", purpose.Name);
            Assert.True(purpose.GrantedByDefault);
        });
    }

    [Fact]
    public async Task Create_WithBadInput_ShowsTheCoreMessagesOnTheFields()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/consent-purposes", new()
        {
            ["Form.Key"] = "X", ["Form.Name"] = "Partners", ["Form.Kind"] = "AffiliateMarketing", ["Form.Partners"] = "", ["Form.Language"] = "not a language!", ["Form.Text"] = "",
        });

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("id=\"Form_Key-error\">A key of 3 to 50", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Partners-error\">An affiliate marketing purpose names the partners", html, StringComparison.Ordinal);
        Assert.Matches("id=\"Form_Language-error\">[^<]+<", html);
        Assert.Contains("id=\"Form_Text-error\">The wording shown to the person is required", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddText_WithoutWording_IsAFieldError()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        var key = string.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            key = (await services.GetRequiredService<ConsentDefinitionService>().PurposesAsync(CancellationToken.None))[0].Key);

        var refused = await client.PostFormAsync($"/admin/consent-purposes/{key}", new() { ["NewText.Language"] = "de", ["NewText.Text"] = " " },
            $"/admin/consent-purposes/{key}?handler=Text");

        Assert.Contains("id=\"NewText_Text-error\">The wording shown to the person is required", await AdminPages.AssertRefusedAsync(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsentPurposes_RefuseAnOperator() => await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/consent-purposes");
}
