using System.Net;
using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>The list's status, life-cycle and confidentiality filters and status column; the uniqueness conflict on the forms.</summary>
public sealed class ContactFilterAndConflictTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task List_FiltersByStatusLifeCycleAndConfidentiality_AndShowsTheStatus()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Complete Co" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Drafty" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Paying Co", AccountReference = "ACC-1" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Hush Co", Confidentiality = Clearance.Restricted }, CancellationToken.None);
        });

        var all = await client.Http.GetStringAsync("/contacts");
        Assert.Contains("<td data-testid=\"status\">Draft</td>", all, StringComparison.Ordinal);
        Assert.Contains("<td data-testid=\"status\">Complete</td>", all, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Confidential\">Confidential</option>", all, StringComparison.Ordinal);
        Assert.Contains("<option value=\"VIP\">VIP</option>", all, StringComparison.Ordinal);

        var drafts = await client.Http.GetStringAsync("/contacts?status=Draft");
        Assert.Contains("Drafty", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain("Complete Co", drafts, StringComparison.Ordinal);

        var customers = await client.Http.GetStringAsync("/contacts?lifeCycle=Financial");
        Assert.Contains("Paying Co", customers, StringComparison.Ordinal);
        Assert.DoesNotContain("Complete Co", customers, StringComparison.Ordinal);

        var restricted = await client.Http.GetStringAsync("/contacts?confidentiality=Restricted");
        Assert.Contains("Hush Co", restricted, StringComparison.Ordinal);
        Assert.DoesNotContain("Paying Co", restricted, StringComparison.Ordinal);
        Assert.Contains("confidentiality=Restricted", restricted, StringComparison.Ordinal); // kept in the sort links
    }

    [Fact]
    public async Task List_OffersOnlyConfidentialityLevelsWithinTheClearance()
    {
        var (organisationId, operatorId, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Viewer);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<OperatorService>().ChangeAccessAsync(operatorId, OperatorRole.Viewer, Clearance.Restricted, CancellationToken.None));
        using var client = BackOfficeClient.For(factory);
        await client.LogInAsync(email);

        var page = await client.Http.GetStringAsync("/contacts");

        Assert.Contains("<option value=\"Restricted\">Restricted</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"Confidential\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ThatBreaksTheUniquenessRule_LinksTheExistingContact()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var existing = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            await services.GetRequiredService<UniquenessDefinitionService>().SetAsync(new UniquenessRequest([["lastName", "idNumber"]], []), CancellationToken.None);
            existing = (await services.GetRequiredService<ContactService>().CreateAsync(
                new ContactRequest { Kind = ContactKind.Person, FirstName = "Ada", LastName = "King", IdNumber = "756.1" }, CancellationToken.None)).Id;
        });

        var refused = await client.PostFormAsync("/contacts/new/person", new() { ["Form.FirstName"] = "Augusta", ["Form.LastName"] = "King", ["Form.IdNumber"] = "756.1" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Another contact has the same (idNumber AND lastName)", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/contacts/{existing}\" data-testid=\"existing-contact\">Ada King</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Augusta\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ThatBreaksTheUniquenessRule_LinksTheExistingContact()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var (first, second) = (Guid.Empty, Guid.Empty);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            await services.GetRequiredService<UniquenessDefinitionService>().SetAsync(new UniquenessRequest([["referenceCode"]], []), CancellationToken.None);
            var contacts = services.GetRequiredService<ContactService>();
            first = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "First", ReferenceCode = "R-1" }, CancellationToken.None)).Id;
            second = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Second", ReferenceCode = "R-2" }, CancellationToken.None)).Id;
        });

        var refused = await client.PostFormAsync($"/contacts/{second}/edit", new() { ["Version"] = "1", ["Form.LastName"] = "Second", ["Form.ReferenceCode"] = "R-1" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"<a href=\"/contacts/{first}\" data-testid=\"existing-contact\">First</a>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
