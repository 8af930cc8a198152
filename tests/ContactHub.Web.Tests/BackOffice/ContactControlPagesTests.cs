using System.Net;
using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>
/// Issue 20, part 2: what was API-only is editable in the back office — channels, validity, blocking, confidentiality,
/// name day and accounts-receivable reference on the edit form; consent, overrides, bounces, validity and the photo on
/// the contact's pages. Each goes through the core service of its API endpoint, so the API reads back what the page wrote.
/// </summary>
public sealed class ContactControlPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task EditForm_SetsEveryControlField_AndTheCoreRecordsEach()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);
        var edit = $"/contacts/{id}/edit";

        var saved = await client.PostFormAsync(edit, new()
        {
            ["Version"] = "1", ["Form.FirstName"] = "Ann", ["Form.LastName"] = "Lee",
            ["Form.AllowedChannels"] = "Letter", ["Form.PreferredChannel"] = "Letter",
            ["Form.ValidUntil"] = "2031-12-31", ["Form.Blocked"] = "true", ["Form.BlockedReason"] = "Asked not to be contacted",
            ["Form.Confidentiality"] = "Restricted", ["Form.AccountReference"] = "AR-77", ["Form.NameDay"] = "07-26",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var contact = await ReadAsync(organisationId, id);
        Assert.Equal([Channel.Letter], contact.AllowedChannels);
        Assert.Equal(Channel.Letter, contact.PreferredChannel);
        Assert.Equal(new DateOnly(2031, 12, 31), contact.ValidUntil);
        Assert.True(contact.Blocked);
        Assert.Equal("Asked not to be contacted", contact.BlockedReason);
        Assert.Equal(Clearance.Restricted, contact.Confidentiality);
        Assert.Equal("AR-77", contact.AccountReference);
        Assert.Equal("07-26", contact.NameDay);
    }

    [Fact]
    public async Task EditForm_Unblocking_DropsTheReasonWithTheBlock()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId, new ContactRequest { Kind = ContactKind.Person, LastName = "Lee", Blocked = true, BlockedReason = "Fraud check" });

        var saved = await client.PostFormAsync($"/contacts/{id}/edit", new()
        {
            ["Version"] = "1", ["Form.LastName"] = "Lee", ["Form.Blocked"] = "false", ["Form.BlockedReason"] = "Fraud check",
            ["Form.AllowedChannels"] = "Email", ["Form.PreferredChannel"] = "Email",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var contact = await ReadAsync(organisationId, id);
        Assert.False(contact.Blocked);
        Assert.Null(contact.BlockedReason);
    }

    [Fact]
    public async Task EditForm_BlockWithoutReason_IsRefusedOnTheReasonField()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);

        var refused = await client.PostFormAsync($"/contacts/{id}/edit", new() { ["Version"] = "1", ["Form.LastName"] = "Lee", ["Form.Blocked"] = "true" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches("id=\"Form_BlockedReason-error\"[^>]*>Say why the contact is blocked.", html);
        Assert.False((await ReadAsync(organisationId, id)).Blocked);
    }

    [Theory]
    [InlineData(Clearance.Free, new[] { "Free" }, new[] { "Restricted", "Confidential" })]
    [InlineData(Clearance.Restricted, new[] { "Free", "Restricted" }, new[] { "Confidential" })]
    [InlineData(Clearance.Confidential, new[] { "Free", "Restricted", "Confidential" }, new string[0])]
    public async Task Forms_OfferOnlyConfidentialityLevelsWithinTheOperatorsClearance(Clearance clearance, string[] offered, string[] withheld)
    {
        var (organisationId, operatorId, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Operator);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<OperatorService>().ChangeAccessAsync(operatorId, OperatorRole.Operator, clearance, CancellationToken.None));
        using var client = BackOfficeClient.For(factory);
        await client.LogInAsync(email);
        var id = await CreatePersonAsync(organisationId);

        foreach (var page in new[] { "/contacts/new/person", "/contacts/new/company", $"/contacts/{id}/edit" })
        {
            var html = await client.Http.GetStringAsync(page);
            var select = System.Text.RegularExpressions.Regex.Match(html, "<select id=\"Form_Confidentiality\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.True(select.Success, $"{page} has no confidentiality select");
            Assert.All(offered, level => Assert.Contains($"value=\"{level}\"", select.Value, StringComparison.Ordinal));
            Assert.All(withheld, level => Assert.DoesNotContain($"value=\"{level}\"", select.Value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task CreateForm_StartsWithTheOrganisationsChannelDefaults()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        var html = await client.Http.GetStringAsync("/contacts/new/person");

        Assert.Matches("<input type=\"checkbox\" name=\"Form.AllowedChannels\" value=\"Email\" checked=\"checked\"", html);
    }

    [Fact]
    public async Task ConsentPage_RecordsTheOperatorsDecision_WithTheTextVersion()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);
        var page = $"/contacts/{id}/consent";
        var textId = System.Text.RegularExpressions.Regex.Match(await client.Http.GetStringAsync(page),
            "<select id=\"text-direct-marketing\" name=\"textId\">\\s*<option value=\"([0-9a-f-]+)\"( selected=\"selected\")?>v1 \\(en\\)</option>").Groups[1].Value;

        var recorded = await client.PostFormAsync(page, new() { ["purpose"] = "direct-marketing", ["channel"] = "", ["textId"] = textId, ["granted"] = "true" }, page + "?handler=Record");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var consents = services.GetRequiredService<ConsentService>();
            Assert.Equal("granted", (await consents.StateAsync(id, CancellationToken.None)).Single(s => s.Purpose == "direct-marketing").State);
            var evidence = Assert.Single(await consents.HistoryAsync(id, CancellationToken.None));
            Assert.Equal(("operator", Guid.Parse(textId)), (evidence.Method, evidence.TextId));
        });
        var shown = await client.Http.GetStringAsync(page);
        Assert.Contains("<td>granted</td>", shown, StringComparison.Ordinal);
        Assert.Contains("<summary>v1 (en)</summary>I agree to receive offers", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsentPage_WithoutAText_ShowsTheCoresFieldError_AndRecordsNothing()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);
        var page = $"/contacts/{id}/consent";

        var refused = await client.PostFormAsync(page, new() { ["purpose"] = "direct-marketing", ["granted"] = "true" }, page + "?handler=Record");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("class=\"error\" role=\"alert\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            Assert.Empty(await services.GetRequiredService<ConsentService>().HistoryAsync(id, CancellationToken.None)));
    }

    [Fact]
    public async Task ConsentPage_ShowsReachabilityPerNotificationType_AndAnOverrideIsAudited()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId, new ContactRequest
        {
            Kind = ContactKind.Person, LastName = "Lee", AllowedChannels = [Channel.Letter], PreferredChannel = Channel.Letter,
            Emails = [new EmailRequest("work", "ann@example.com")],
        });
        var page = $"/contacts/{id}/consent";
        var before = await client.Http.GetStringAsync(page);
        Assert.Contains("data-notification-type=\"invoice\"", before, StringComparison.Ordinal);
        Assert.Contains("data-notification-type=\"newsletter\"", before, StringComparison.Ordinal);

        var tooShort = await client.PostFormAsync(page, new() { ["Override.NotificationType"] = "invoice", ["Override.Channel"] = "Email", ["Override.Reason"] = "asked", ["Override.ValidForDays"] = "30" }, page + "?handler=Override");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        var refusal = await tooShort.Content.ReadAsStringAsync();
        Assert.Matches("id=\"Override_Reason-error\"[^>]*>An override needs a written reason", refusal);

        var overridden = await client.PostFormAsync(page, new()
        {
            ["Override.NotificationType"] = "invoice", ["Override.Channel"] = "Email", ["Override.Reason"] = "Asked by phone for invoices by e-mail", ["Override.ValidForDays"] = "30",
        }, page + "?handler=Override");

        Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var decision = await services.GetRequiredService<ContactHub.Consent.Reachability.ReachabilityService>().DecideAsync(id, "invoice", Channel.Email, CancellationToken.None);
            Assert.Contains(decision.Reasons, r => r.Code == ContactHub.Consent.Reachability.ReasonCode.Overridden);
            var history = await services.GetRequiredService<HistoryService>().ForContactAsync(id, null, null, CancellationToken.None);
            Assert.Contains(history, e => e.EntityType == "reachabilityOverride");
        });
    }

    [Fact]
    public async Task EveryContactTab_ShowsReachabilityAtAGlance()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var letters = await CreatePersonAsync(organisationId, new ContactRequest
        {
            Kind = ContactKind.Person, LastName = "Post", AllowedChannels = [Channel.Letter], PreferredChannel = Channel.Letter,
            Addresses = [new AddressRequest("home", "Bahnhofstrasse 1", null, "8001", "Zürich", null, "CH")],
        });
        var blocked = await CreatePersonAsync(organisationId, new ContactRequest
        {
            Kind = ContactKind.Person, LastName = "Stop", Blocked = true, BlockedReason = "Asked to be left alone",
            AllowedChannels = [Channel.Letter], PreferredChannel = Channel.Letter,
        });

        foreach (var tab in new[] { "", "/links", "/consent", "/history" })
        {
            var glance = Glance(await client.Http.GetStringAsync($"/contacts/{letters}{tab}"));
            Assert.Contains(">Invoice: by Letter</li>", glance, StringComparison.Ordinal);
        }

        var refused = Glance(await client.Http.GetStringAsync($"/contacts/{blocked}"));
        Assert.Contains("class=\"symbol danger\"", refused, StringComparison.Ordinal);
        Assert.Contains(">Invoice: not reachable</li>", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("by Letter", refused, StringComparison.Ordinal);

        static string Glance(string html) =>
            System.Text.RegularExpressions.Regex.Match(html, "<ul[^>]*data-testid=\"reachability-glance\".*?</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
    }

    [Fact]
    public async Task ContactPage_ResetsABounce()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId, new ContactRequest { Kind = ContactKind.Person, LastName = "Lee", Emails = [new EmailRequest("work", "ann@example.com")] });
        var emailId = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            emailId = (await services.GetRequiredService<ContactService>().GetAsync(id, CancellationToken.None)).Emails.Single().Id;
            await services.GetRequiredService<ConsentService>().RecordBounceAsync(id, emailId, new BounceRequest(BounceStatus.Hard, null, "550 no such user"), CancellationToken.None);
        });
        var page = $"/contacts/{id}";
        Assert.Contains("hard bounce", await client.Http.GetStringAsync(page), StringComparison.Ordinal);

        var reset = await client.PostFormAsync(page, new() { ["emailId"] = emailId.ToString() }, page + "?handler=ResetBounce");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(BounceStatus.None, (await ReadAsync(organisationId, id)).Emails.Single().BounceStatus);
        Assert.DoesNotContain("hard bounce", await client.Http.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactPage_InvalidatesAndRevalidates()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);
        var page = $"/contacts/{id}";

        var invalidated = await client.PostFormAsync(page, new() { ["valid"] = "false", ["version"] = "1" }, page + "?handler=Validity");
        Assert.Equal(HttpStatusCode.Redirect, invalidated.StatusCode);
        Assert.True((await ReadAsync(organisationId, id)).Invalid);

        var revalidated = await client.PostFormAsync(page, new() { ["valid"] = "true", ["version"] = "2" }, page + "?handler=Validity");
        Assert.Equal(HttpStatusCode.Redirect, revalidated.StatusCode);
        var contact = await ReadAsync(organisationId, id);
        Assert.False(contact.Invalid);
        Assert.Null(contact.ValidUntil);
    }

    [Fact]
    public async Task ContactPage_UploadsShowsAndRemovesThePhoto()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);
        var page = $"/contacts/{id}";
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

        var uploaded = await client.PostMultipartAsync(page, page + "?handler=Photo", "upload", "me.png", png);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains($"src=\"/contacts/{id}?handler=Photo", await client.Http.GetStringAsync(page), StringComparison.Ordinal);
        var served = await client.Http.GetAsync(page + "?handler=Photo");
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());

        var notAnImage = await client.PostMultipartAsync(page, page + "?handler=Photo", "upload", "me.txt", "hello"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAnImage.StatusCode);

        var removed = await client.PostFormAsync(page, [], page + "?handler=RemovePhoto");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(page + "?handler=Photo")).StatusCode);
    }

    [Theory]
    [InlineData("Record")]
    [InlineData("Override")]
    public async Task ConsentPage_RefusesAViewersChange(string handler)
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);
        var page = $"/contacts/{id}/consent";

        var refused = await client.PostFormAsync(page, new() { ["purpose"] = "direct-marketing", ["granted"] = "true" }, $"{page}?handler={handler}");

        BackOfficeClient.AssertForbiddenPage(refused);
    }

    private async Task<Guid> CreatePersonAsync(Guid organisationId, ContactRequest? request = null)
    {
        var id = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            id = (await services.GetRequiredService<ContactService>().CreateAsync(
                request ?? new ContactRequest { Kind = ContactKind.Person, FirstName = "Ann", LastName = "Lee" }, CancellationToken.None)).Id);
        return id;
    }

    private async Task<ContactView> ReadAsync(Guid organisationId, Guid id)
    {
        ContactView? contact = null;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            contact = await services.GetRequiredService<ContactService>().GetAsync(id, CancellationToken.None));
        return contact!;
    }
}
