using System.Net;
using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>Issue 20, part 3: the contact's tabs have URLs of their own, and the history reads as a timeline.</summary>
public sealed class ContactTimelinePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task History_IsOneEntryPerSave_InWords_WithLabelsAndLinkedNames()
    {
        // The operator sees up to Restricted: the relation's target is Confidential.
        var (organisationId, operatorId, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Operator);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<ContactHub.Access.OperatorService>().ChangeAccessAsync(operatorId, OperatorRole.Operator, Clearance.Restricted, CancellationToken.None));
        using var client = BackOfficeClient.For(factory);
        await client.LogInAsync(email);
        var (id, companyId, hiddenId) = (Guid.Empty, Guid.Empty, Guid.Empty);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            var links = services.GetRequiredService<ContactLinkService>();
            id = (await contacts.CreateAsync(new ContactRequest
            {
                Kind = ContactKind.Person, FirstName = "Ann", LastName = "Lee", Emails = [new EmailRequest("work", "Ann@Example.com")],
            }, CancellationToken.None)).Id;
            companyId = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Acme AG" }, CancellationToken.None)).Id;
            hiddenId = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Secret", Confidentiality = Clearance.Confidential }, CancellationToken.None)).Id;
            await links.ConnectAsync(id, companyId, "Buyer", CancellationToken.None);
            await links.AddRelationAsync(id, hiddenId, "partner", CancellationToken.None);
            var text = (await services.GetRequiredService<ContactHub.Definitions.ConsentDefinitionService>().PurposesAsync(CancellationToken.None))
                .Single(p => p.Key == "direct-marketing").Texts.Single();
            await services.GetRequiredService<ConsentService>().RecordAsync(id, new ConsentEventRequest("direct-marketing", null, true, null, "web form", text.Id, null, null), CancellationToken.None);
            await contacts.UpdateAsync(id, new ContactRequest { ReferenceCode = "REF-7" }, new HashSet<string> { "referenceCode" }, null, CancellationToken.None);
        });

        var html = WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/contacts/{id}/history"));

        // Four saves: the creation (contact + e-mail together), the company link, the consent, the edit. The relation to
        // a contact above the operator's clearance is left out of the history altogether (HistoryVisibility).
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"when\">").Count);
        Assert.Contains("Created the person", html, StringComparison.Ordinal);
        Assert.Contains("Added work e-mail Ann@Example.com", html, StringComparison.Ordinal);
        Assert.Matches($"Connected as Buyer to\\s*<a href=\"/contacts/{companyId}\">Acme AG</a>", html);
        Assert.DoesNotContain("partner", html, StringComparison.Ordinal);
        Assert.DoesNotContain(hiddenId.ToString(), html, StringComparison.Ordinal);
        Assert.Contains("Direct marketing granted for all channels (text v1 (en), web form)", html, StringComparison.Ordinal);
        Assert.Matches("<dt>Reference code</dt><dd>— → REF-7</dd>", html);
        Assert.Matches("<dt>First name</dt><dd>Ann</dd>", html);
        foreach (var technical in (string[])["normalized", "purposeId", "textId", "relatedContactId", "companyId", "recordedAt", "ann@example.com"])
        {
            Assert.DoesNotContain(technical, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", "Overview", "id=\"general\"")]
    [InlineData("/links", "Relations and companies", "id=\"relations\"")]
    [InlineData("/consent", "Consent and reachability", "id=\"consents\"")]
    [InlineData("/history", "History", "data-testid=\"history\"")]
    public async Task EachTab_HasItsOwnUrl_AndMarksItselfCurrent(string tab, string label, string content)
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var id = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            id = (await services.GetRequiredService<ContactService>().CreateAsync(
                new ContactRequest { Kind = ContactKind.Person, LastName = "Lee", Blocked = true, BlockedReason = "Legal hold" }, CancellationToken.None)).Id);

        var html = await client.Http.GetStringAsync($"/contacts/{id}{tab}");

        Assert.Matches($"<a href=\"/contacts/{id}{tab}\" aria-current=\"page\"[^>]*>{label}</a>", html);
        Assert.Contains(content, html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"symbol danger\" title=\"Legal hold\">Blocked</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTab_IsNotFound()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var id = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            id = (await services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Lee" }, CancellationToken.None)).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/contacts/{id}/nonsense")).StatusCode);
    }
}
