using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class UniquenessPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Save_ReplacesTheGroups_AndThePageShowsThem()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var saved = await client.PostFormAsync("/admin/uniqueness", new()
        {
            ["Form.Persons[0]"] = "lastName + dateOfBirth", ["Form.Persons[1]"] = "", ["Form.Persons[2]"] = "socialSecurityNumber", ["Form.Companies[0]"] = "vatNumber",
        });

        AdminPages.AssertSaved(saved);
        var page = await client.Http.GetStringAsync("/admin/uniqueness");
        Assert.Contains("value=\"dateOfBirth &#x2B; lastName\"", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Form_Persons_1_\">or group 2</label>", page, StringComparison.Ordinal);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var rules = await services.GetRequiredService<UniquenessDefinitionService>().GetAsync(CancellationToken.None);
            Assert.Equal([["dateOfBirth", "lastName"], ["socialSecurityNumber"]], rules.Persons);
            Assert.Equal([["vatNumber"]], rules.Companies);
        });
    }

    [Fact]
    public async Task Save_WithAnUnknownField_ShowsTheCoreMessageOnThatGroup()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/uniqueness", new() { ["Form.Persons[0]"] = "", ["Form.Persons[1]"] = "lastName + shoeSize" });

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("id=\"Form_Persons_1_-error\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Contains("cannot be part of a person uniqueness rule", html, StringComparison.Ordinal);
        Assert.Contains("value=\"lastName &#x2B; shoeSize\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ThatExistingContactsBreak_IsRefused_AndListsThemAsLinks_NamingOnlyVisibleOnes()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        var ids = new List<Guid>();
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            ids.Add((await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Ann", LastName = "Twin", IdNumber = "X-1" }, CancellationToken.None)).Id);
            ids.Add((await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Bob", LastName = "Twin", IdNumber = "X-1" }, CancellationToken.None)).Id);
        });

        var refused = await client.PostFormAsync("/admin/uniqueness", new() { ["Form.Persons[0]"] = "idNumber" });

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("data-testid=\"violations\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/contacts/{ids[0]}\">Ann Twin</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/contacts/{ids[1]}\">Bob Twin</a>", html, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Violations_AboveTheClearance_AreNeitherNamedNorCounted()
    {
        var (organisationId, _, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Administrator);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Open", IdNumber = "Y-2" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Hidden", IdNumber = "Y-2", Confidentiality = Clearance.Confidential }, CancellationToken.None);
            var operators = services.GetRequiredService<OperatorService>();
            var admin = (await operators.ListAsync(CancellationToken.None)).Single();
            await operators.ChangeAccessAsync(admin.Id, OperatorRole.Administrator, Clearance.Free, CancellationToken.None);
        });
        using var client = BackOfficeClient.For(factory);
        await client.LogInAsync(email);

        var html = await AdminPages.AssertRefusedAsync(await client.PostFormAsync("/admin/uniqueness", new() { ["Form.Persons[0]"] = "idNumber" }));

        Assert.Contains(">Open</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("above your clearance</", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"beyond-clearance\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uniqueness_RefusesAnOperator() => await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/uniqueness");
}
