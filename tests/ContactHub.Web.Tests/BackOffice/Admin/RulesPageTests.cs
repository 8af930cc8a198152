using ContactHub.Contacts;
using ContactHub.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class RulesPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Page_ShowsTheRuleAndTheDraftCount()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Acme" }, CancellationToken.None));

        var page = await client.Http.GetStringAsync("/admin/rules");

        Assert.Contains("name=\"Completeness.Persons\" value=\"lastName\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Completeness.Persons\" value=\"email\" /> Active e-mail</label>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"idNumber\" /> ID number</label>", page, StringComparison.Ordinal);
        Assert.Contains(">0 Draft contacts</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completeness_Saved_MakesContactsDraft_AndTheCountShowsIt()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Acme" }, CancellationToken.None));

        var saved = await client.PostFormAsync("/admin/rules", new() { ["Completeness.Persons"] = "lastName", ["Completeness.Companies"] = "vatNumber" },
            "/admin/rules?handler=Completeness");

        AdminPages.AssertSaved(saved);
        var page = await client.Http.GetStringAsync("/admin/rules");
        Assert.Contains("The completeness rule is saved. 1 contacts are Draft now.", page, StringComparison.Ordinal);
        Assert.Contains(">1 Draft contacts</a>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Completeness.Companies\" value=\"vatNumber\" checked=\"checked\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completeness_WithAnUnknownField_ShowsTheCoreMessageOnTheGroup()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/rules", new() { ["Completeness.Persons"] = "shoeSize", ["Completeness.Companies"] = "companyName" },
            "/admin/rules?handler=Completeness");

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("id=\"Completeness_Persons-error\" class=\"error\">&#x27;shoeSize&#x27; is not a field", html.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("name=\"NameOrder\"", html, StringComparison.Ordinal);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            Assert.Equal(["firstName", "lastName"], (await services.GetRequiredService<DefinitionService>().GetCompletenessAsync(CancellationToken.None)).Persons));
    }

    [Fact]
    public async Task NameRule_Saved_ChangesHowTheListWritesNames_AndAMissingChoiceIsAFieldError()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Anna", LastName = "Muster" }, CancellationToken.None));

        var refused = await client.PostFormAsync("/admin/rules", new() { ["NameOrder"] = "" }, "/admin/rules?handler=NameRule");
        Assert.Contains("id=\"NameOrder-error\">Choose", await AdminPages.AssertRefusedAsync(refused), StringComparison.Ordinal);

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/rules", new() { ["NameOrder"] = "LastFirstMiddle" }, "/admin/rules?handler=NameRule"));
        Assert.Contains("Muster, Anna", await client.Http.GetStringAsync("/contacts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_RefuseAnOperator() => await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/rules");
}
