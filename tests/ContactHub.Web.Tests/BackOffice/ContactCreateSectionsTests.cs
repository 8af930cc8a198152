using System.Net;
using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>Seed 003's create form: master data, additional data, consent and binding, saved as one.</summary>
public sealed partial class ContactCreateSectionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task CreatePage_HasTheFourSections_AndEachConsentsFullText()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        var html = await client.Http.GetStringAsync("/contacts/new/person");

        Assert.Contains("<legend>Master data", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Additional data</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Consent", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Binding", html, StringComparison.Ordinal);
        Assert.Contains("I agree to receive offers and news from us by the channels I allow.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_DataOrigin\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Industry\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_PersonWithOnlyAnEmail_IsSavedAsDraftNamedByTheEmail()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        var created = await client.PostFormAsync("/contacts/new/person", new() { ["Form.Emails[0].Type"] = "work", ["Form.Emails[0].Address"] = "anna@example.com" });

        var page = await client.FollowAsync(created);
        Assert.Contains("anna@example.com was created.", page, StringComparison.Ordinal);
        Assert.Contains("<h1>anna@example.com", page, StringComparison.Ordinal);
        Assert.Contains("Draft", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_EmptyPerson_AsksForAnyOneField()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        var refused = await client.PostFormAsync("/contacts/new/person", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Fill at least one field", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ShowsLeadsAndCustomersAsTabsWithTheirCounts_AndKeepsWhatWasTyped()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        await SeedCompaniesAsync(organisationId);

        var leads = await client.PostFormAsync("/contacts/new/person", new() { ["Form.LastName"] = "Muster", ["CompanySearch"] = "Keller" }, "/contacts/new/person?handler=Search");
        var html = WebUtility.HtmlDecode(await leads.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, leads.StatusCode);
        Assert.Contains("Leads (2)</button>", html, StringComparison.Ordinal);
        Assert.Contains("Customers (1)</button>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Keller Events</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Keller Bank</td>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Muster\"", html, StringComparison.Ordinal);

        var customers = await client.PostFormAsync("/contacts/new/person", new() { ["CompanySearch"] = "Keller", ["BindingTab"] = "Financial" }, "/contacts/new/person?handler=Search");
        var customersHtml = WebUtility.HtmlDecode(await customers.Content.ReadAsStringAsync());
        Assert.Contains("<td>Keller Bank</td>", customersHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Keller Events</td>", customersHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithATickedConsentAndAPickedCompany_SavesAllInOne_AndIsComplete()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var (lead, _) = await SeedCompaniesAsync(organisationId);
        var picked = await client.PostFormAsync("/contacts/new/person", new() { ["CompanySearch"] = "Keller" }, $"/contacts/new/person?handler=Pick&companyId={lead}");
        Assert.Contains($"name=\"Form.Companies[0].CompanyId\" value=\"{lead}\"", await picked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var textId = ConsentText().Match(await client.Http.GetStringAsync("/contacts/new/person")).Groups[1].Value;

        var created = await client.PostFormAsync("/contacts/new/person", new()
        {
            ["Form.FirstName"] = "Anna", ["Form.LastName"] = "Muster",
            ["Form.Consents"] = "direct-marketing", ["Form.ConsentTexts[direct-marketing]"] = textId,
            ["Form.Companies[0].CompanyId"] = lead.ToString(), ["Form.Companies[0].Role"] = "Buyer",
        });

        var page = await client.FollowAsync(created);
        Assert.Contains("Anna Muster was created and bound to Keller Events.", page, StringComparison.Ordinal);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var view = await services.GetRequiredService<ContactService>().GetAsync(id, CancellationToken.None);
            Assert.Equal(("Buyer", ContactStatus.Complete), (view.Companies.Single().Role, view.Status));
            Assert.Equal("granted", view.Consents["directMarketing"]);
            var events = await services.GetRequiredService<ContactHub.Consent.ConsentService>().HistoryAsync(id, CancellationToken.None);
            Assert.Equal((Guid.Parse(textId), "ticked when created"), (events.Single().TextId, events.Single().Method));
        });
    }

    [Fact]
    public async Task Create_WithACompanyThatIsGone_WritesNothing()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        var refused = await client.PostFormAsync("/contacts/new/person", new()
        {
            ["Form.LastName"] = "Muster", ["Form.Consents"] = "direct-marketing",
            ["Form.Companies[0].CompanyId"] = Guid.NewGuid().ToString(), ["Form.Companies[0].Name"] = "Gone AG",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("No such company.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            Assert.Equal(0, (await services.GetRequiredService<ContactListService>().CountAsync(new ContactQuery(IncludeInvalid: true), 10, CancellationToken.None)).Value));
    }

    [Fact]
    public async Task Edit_ChangesTheNewFields_AndTheHistoryLabelsThem()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var created = await client.PostFormAsync("/contacts/new/company", new() { ["Form.CompanyName"] = "Muster AG", ["Form.ProfileYear"] = "2024" });
        var path = created.Headers.Location!.OriginalString;

        var edited = await client.PostFormAsync(path + "/edit", new()
        {
            ["Version"] = "1", ["Form.CompanyName"] = "Muster AG", ["Form.ProfileYear"] = "2025", ["Form.DataOrigin"] = "internet",
        });

        var page = WebUtility.HtmlDecode(await client.FollowAsync(edited));
        Assert.Contains("2025", page, StringComparison.Ordinal);
        var history = WebUtility.HtmlDecode(await client.Http.GetStringAsync(path + "/history"));
        Assert.Contains("Profile year", history, StringComparison.Ordinal);
        Assert.Contains("Data origin", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultLanguage_ChoosesTheTextShownOnCreation_AndPreselectedOnTheConsentPage()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var german = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var definition = services.GetRequiredService<ContactHub.Definitions.ConsentDefinitionService>();
            german = (await definition.AddTextAsync("direct-marketing", new ContactHub.Consent.ConsentTextRequest("de", "Ich bin einverstanden."), CancellationToken.None)).Id;
            await definition.SetDefaultLanguageAsync("de", CancellationToken.None);
        });

        var form = await client.Http.GetStringAsync("/contacts/new/person");
        Assert.Contains("Ich bin einverstanden.</p>", form, StringComparison.Ordinal);
        Assert.Contains($"name=\"Form.ConsentTexts[direct-marketing]\" value=\"{german}\"", form, StringComparison.Ordinal);

        var created = await client.PostFormAsync("/contacts/new/person", new() { ["Form.LastName"] = "Muster" });
        var consentPage = await client.Http.GetStringAsync(created.Headers.Location!.OriginalString + "/consent");
        Assert.Contains($"<option value=\"{german}\" selected=\"selected\">", consentPage, StringComparison.Ordinal);
    }

    private async Task<(Guid Lead, Guid Customer)> SeedCompaniesAsync(Guid organisationId)
    {
        var ids = (Guid.Empty, Guid.Empty);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            var lead = await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Keller Events" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Keller Media" }, CancellationToken.None);
            var customer = await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Keller Bank", AccountReference = "AR-1" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Other AG" }, CancellationToken.None);
            ids = (lead.Id, customer.Id);
        });
        return ids;
    }

    [GeneratedRegex("name=\"Form.ConsentTexts\\[direct-marketing\\]\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex ConsentText();
}
