using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

public sealed class ConsentApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task NewContact_GetsTheDefinitionsChannelsAndNoConsent()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(ApiClientExtensions.Person());
        Assert.Equal(["email", "phone", "sms", "letter"], contact.GetProperty("allowedChannels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("email", contact.GetProperty("preferredChannel").GetString());
        Assert.Equal("none", contact.GetProperty("consents").GetProperty("directMarketing").GetString());

        await (await client.PutAsJsonAsync("/api/v1/definition/channels", new { allowedChannels = new[] { "letter", "email" }, preferredChannel = "letter" })).JsonAsync(HttpStatusCode.OK);
        await (await client.SendAsync(HttpMethod.Patch, "/api/v1/definition/consent-purposes/direct-marketing", new { grantedByDefault = true })).JsonAsync(HttpStatusCode.OK);
        var later = await client.CreateContactAsync(ApiClientExtensions.Person("Ben"));
        Assert.Equal(["email", "letter"], later.GetProperty("allowedChannels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("letter", later.GetProperty("preferredChannel").GetString());
        Assert.Equal("granted", later.GetProperty("consents").GetProperty("directMarketing").GetString());
        var evidence = await (await client.GetAsync($"/api/v1/contacts/{later.Id()}/consents/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("definition-default", Assert.Single(evidence.EnumerateArray()).GetProperty("method").GetString());
    }

    [Fact]
    public async Task WithdrawalAfterGrant_Wins_AndHistoryKeepsBoth()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        var textId = await TextIdAsync(client, "direct-marketing");

        var grant = await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/consents", new
        {
            purpose = "direct-marketing", granted = true, method = "double opt-in confirmed", textId,
            occurredAt = DateTime.UtcNow.AddMinutes(-10), ipAddress = "192.0.2.7", userAgent = "Mozilla/5.0",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("apiKey", grant.GetProperty("sourceKind").GetString());
        Assert.Equal("192.0.2.7", grant.GetProperty("ipAddress").GetString());
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/consents", new { purpose = "direct-marketing", granted = false, method = "unsubscribe link", textId })).JsonAsync(HttpStatusCode.Created);

        var state = await (await client.GetAsync($"/api/v1/contacts/{id}/consents")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("withdrawn", state.EnumerateArray().Single(p => p.GetProperty("purpose").GetString() == "direct-marketing").GetProperty("state").GetString());
        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/consents/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([false, true], history.EnumerateArray().Select(e => e.GetProperty("granted").GetBoolean()));
        Assert.Equal(grant.Id(), history[1].Id());

        // Evidence recorded late for an earlier moment does not undo the later withdrawal.
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/consents", new
        {
            purpose = "direct-marketing", granted = true, method = "paper form", textId, occurredAt = DateTime.UtcNow.AddDays(-30),
        })).JsonAsync(HttpStatusCode.Created);
        var contact = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("withdrawn", contact.GetProperty("consents").GetProperty("directMarketing").GetString());
    }

    [Theory]
    [InlineData("{\"purpose\":\"unknown\",\"granted\":true,\"method\":\"x\",\"textId\":\"TEXT\"}", "purpose")]
    [InlineData("{\"purpose\":\"direct-marketing\",\"granted\":true,\"method\":\"x\"}", "textId")]
    [InlineData("{\"purpose\":\"direct-marketing\",\"granted\":true,\"method\":\"x\",\"textId\":\"00000000-0000-0000-0000-000000000001\"}", "textId")]
    [InlineData("{\"purpose\":\"direct-marketing\",\"granted\":true,\"textId\":\"TEXT\"}", "method")]
    [InlineData("{\"purpose\":\"direct-marketing\",\"method\":\"x\",\"textId\":\"TEXT\"}", "granted")]
    [InlineData("{\"purpose\":\"direct-marketing\",\"granted\":true,\"method\":\"x\",\"textId\":\"TEXT\",\"channel\":\"pigeon\"}", "channel")]
    [InlineData("{\"purpose\":\"direct-marketing\",\"granted\":true,\"method\":\"x\",\"textId\":\"TEXT\",\"ipAddress\":\"999.1.1.1\"}", "ipAddress")]
    public async Task BadConsentEvent_IsAProblem_AndNothingIsWritten(string json, string field)
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        var body = json.Replace("TEXT", (await TextIdAsync(client, "direct-marketing")).ToString(), StringComparison.Ordinal);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await client.PostAsync($"/api/v1/contacts/{id}/consents", content)).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(field, problem.ErrorFields());
        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/consents/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, history.GetArrayLength());
    }

    [Fact]
    public async Task PreferredChannelNotAllowed_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "A", allowedChannels = new[] { "letter" }, preferredChannel = "email" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("preferredChannel", problem.ErrorFields());
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { allowedChannels = new[] { "letter" } }, "\"1\"")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        var changed = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { allowedChannels = new[] { "letter" }, preferredChannel = "letter" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("letter", changed.GetProperty("preferredChannel").GetString());
        await (await client.PutAsJsonAsync("/api/v1/definition/channels", new { allowedChannels = new[] { "sms" }, preferredChannel = "email" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Create_WithChannelsButNoPreference_DropsADefaultPreferenceItDoesNotAllow()
    {
        using var client = await factory.NewTenantAsync();

        var letters = await client.CreateContactAsync(new { kind = "person", lastName = "Letters", allowedChannels = new[] { "letter", "phone" } });
        var emails = await client.CreateContactAsync(new { kind = "person", lastName = "Emails", allowedChannels = new[] { "email", "letter" } });

        Assert.Equal(JsonValueKind.Null, letters.GetProperty("preferredChannel").ValueKind);
        Assert.Equal("email", emails.GetProperty("preferredChannel").GetString());
    }

    [Fact]
    public async Task List_FiltersByChannelsAndConsent()
    {
        using var client = await factory.NewTenantAsync();
        var textId = await TextIdAsync(client, "direct-marketing");
        var letterOnly = (await client.CreateContactAsync(new { kind = "person", lastName = "Letter", allowedChannels = new[] { "letter" }, preferredChannel = "letter" })).Id();
        var granted = (await client.CreateContactAsync(new { kind = "person", lastName = "Granted" })).Id();
        var withdrawn = (await client.CreateContactAsync(new { kind = "person", lastName = "Withdrawn" })).Id();
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{granted}/consents", new { purpose = "direct-marketing", granted = true, method = "checkbox", textId })).JsonAsync(HttpStatusCode.Created);
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{withdrawn}/consents", new { purpose = "direct-marketing", granted = false, method = "checkbox", textId })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal([granted, withdrawn], await IdsAsync(client, "allowedChannel=email"));
        Assert.Equal([letterOnly], await IdsAsync(client, "preferredChannel=letter"));
        Assert.Equal([granted], await IdsAsync(client, "consent=direct-marketing:granted"));
        Assert.Equal([withdrawn], await IdsAsync(client, "consent=direct-marketing:withdrawn"));
        Assert.Equal([letterOnly], await IdsAsync(client, "consent=direct-marketing:none"));
        await (await client.GetAsync("/api/v1/contacts?consent=nonsense")).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Reachability_ExplainsFallback_AndOverrideIsAudited()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(new
        {
            kind = "person", lastName = "Muster", allowedChannels = new[] { "letter", "phone" }, preferredChannel = "letter",
            emails = new[] { new { type = "work", address = "anna@example.com" } },
            addresses = new[] { new { type = "home", street = "Main St 1", postalCode = "8000", city = "Zürich", country = "CH" } },
        })).Id();

        var decision = await (await client.GetAsync($"/api/v1/contacts/{id}/reachability?notificationType=invoice&channel=email")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("fallback", decision.GetProperty("outcome").GetString());
        Assert.Equal("letter", decision.GetProperty("channel").GetString());
        Assert.Equal("channelNotAllowed", decision.GetProperty("reasons")[0].GetProperty("code").GetString());
        var marketing = await (await client.GetAsync($"/api/v1/contacts/{id}/reachability?notificationType=newsletter")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("notReachable", marketing.GetProperty("outcome").GetString());

        await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/reachability/overrides", new { notificationType = "invoice", channel = "email" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{id}/reachability/overrides", new { notificationType = "invoice", channel = "email", reason = "Contract termination must reach the customer today." })).JsonAsync(HttpStatusCode.Created);
        var overridden = await (await client.GetAsync($"/api/v1/contacts/{id}/reachability?notificationType=invoice&channel=email")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("reachable", overridden.GetProperty("outcome").GetString());
        Assert.Equal("anna@example.com", overridden.GetProperty("address").GetString());
        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.OK);
        var audit = history.EnumerateArray().Single(e => e.GetProperty("entityType").GetString() == "reachabilityOverride");
        Assert.Contains(audit.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "reason");

        await (await client.GetAsync($"/api/v1/contacts/{id}/reachability?notificationType=unknown")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await client.GetAsync($"/api/v1/contacts/{Guid.NewGuid()}/reachability?notificationType=invoice")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Batch_DecidesForPagesOfContacts_WithASummary()
    {
        using var client = await factory.NewTenantAsync();
        for (var i = 0; i < 3; i++)
        {
            await client.CreateContactAsync(ApiClientExtensions.Person($"P{i}"));
        }

        var noEmail = (await client.CreateContactAsync(new { kind = "person", lastName = "NoMail", allowedChannels = new[] { "letter" }, preferredChannel = "letter" })).Id();
        var first = await (await client.PostAsJsonAsync("/api/v1/reachability/batch", new { notificationType = "service-notice", channel = "email", limit = 2 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, first.GetProperty("decisions").GetArrayLength());
        var second = await (await client.PostAsJsonAsync("/api/v1/reachability/batch", new { notificationType = "service-notice", channel = "email", limit = 2, cursor = first.GetProperty("nextCursor").GetString() })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(noEmail, second.GetProperty("decisions")[1].GetProperty("contactId").GetGuid());
        Assert.Equal(1, second.GetProperty("summary").GetProperty("reason:channelNotAllowed").GetInt32());

        var chosen = await (await client.PostAsJsonAsync("/api/v1/reachability/batch", new { notificationType = "newsletter", contactIds = new[] { noEmail } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, chosen.GetProperty("summary").GetProperty("notReachable").GetInt32());
    }

    [Fact]
    public async Task Bounce_HardMakesTheAddressUnusable()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(ApiClientExtensions.Person());
        var email = contact.GetProperty("emails")[0].Id();
        var bounced = await (await client.PostAsJsonAsync($"/api/v1/contacts/{contact.Id()}/emails/{email}/bounce", new { status = "hard", diagnostic = "550 5.1.1 user unknown" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("hard", bounced.GetProperty("bounceStatus").GetString());
        var decision = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}/reachability?notificationType=service-notice&channel=email")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(decision.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "emailHardBounced");
    }

    [Fact]
    public async Task Purposes_HaveVersionedTexts_AndAffiliatePurposesNamePartners()
    {
        using var client = await factory.NewTenantAsync();
        var v2 = await (await client.PostAsJsonAsync("/api/v1/definition/consent-purposes/direct-marketing/texts", new { language = "en", text = "Reworded." })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        var purposes = await (await client.GetAsync("/api/v1/definition/consent-purposes")).JsonAsync(HttpStatusCode.OK);
        var direct = purposes.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "direct-marketing");
        Assert.Equal([1, 2], direct.GetProperty("texts").EnumerateArray().Select(t => t.GetProperty("version").GetInt32()));

        await (await client.PostAsJsonAsync("/api/v1/definition/consent-purposes", new { key = "partner-club", name = "Partner club", kind = "affiliateMarketing", text = new { language = "de", text = "Ja" } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await client.PostAsJsonAsync("/api/v1/definition/consent-purposes", new { key = "newsletter", name = "Newsletter", text = new { language = "de-CH", text = "Ich möchte den Newsletter." } })).JsonAsync(HttpStatusCode.Created);
        await (await client.PostAsJsonAsync("/api/v1/definition/notification-types", new { key = "monthly-news", name = "Monthly", purposeClass = "marketing", consentPurpose = "newsletter" })).JsonAsync(HttpStatusCode.Created);
        await (await client.PostAsJsonAsync("/api/v1/definition/notification-types", new { key = "promo", name = "Promo", purposeClass = "marketing" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    private static async Task<Guid> TextIdAsync(HttpClient client, string purpose)
    {
        var purposes = await (await client.GetAsync("/api/v1/definition/consent-purposes")).JsonAsync(HttpStatusCode.OK);
        return purposes.EnumerateArray().Single(p => p.GetProperty("key").GetString() == purpose).GetProperty("texts")[0].Id();
    }

    private static async Task<Guid[]> IdsAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync("/api/v1/contacts?" + query)).JsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.Id())];
    }
}
