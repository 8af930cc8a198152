using ContactHub.Access;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>The list page's symbols and the filters that came with consent, channels and validity.</summary>
public sealed class ContactListPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task List_ShowsSymbols_AndFiltersByChannelAndValidity()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Blocked", Blocked = true, BlockedReason = "Fraud" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Expired", ValidUntil = new DateOnly(2020, 1, 1) }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Letters", AllowedChannels = [Consent.Channel.Letter], PreferredChannel = Consent.Channel.Letter }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Secret", Confidentiality = Clearance.Confidential }, CancellationToken.None);
        });

        var all = await client.Http.GetStringAsync("/contacts");
        Assert.Contains("aria-label=\"Blocked\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Expired", all, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Confidential\"", all, StringComparison.Ordinal); // this operator's clearance allows it

        var withInvalid = await client.Http.GetStringAsync("/contacts?invalid=true");
        Assert.Contains("Expired", withInvalid, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Invalid\"", withInvalid, StringComparison.Ordinal);

        var byEmail = await client.Http.GetStringAsync("/contacts?channel=Email");
        Assert.DoesNotContain("Letters", byEmail, StringComparison.Ordinal);
        Assert.Contains("Blocked", byEmail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactPage_ShowsChannelsConsentsAndRuleFields()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var id = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            id = (await services.GetRequiredService<ContactService>().CreateAsync(
                new ContactRequest { Kind = ContactKind.Person, LastName = "Lettered", AllowedChannels = [Consent.Channel.Letter], PreferredChannel = Consent.Channel.Letter, AccountReference = "AR-7" },
                CancellationToken.None)).Id);

        // The header of every contact tab names the channels and the life cycle; the consent tab the purposes.
        var html = await client.Http.GetStringAsync($"/contacts/{id}/consent");
        Assert.Contains("id=\"consents\"", html, StringComparison.Ordinal);
        Assert.Contains("Preferred: Letter · allowed: Letter", html, StringComparison.Ordinal);
        Assert.Contains("Direct marketing", html, StringComparison.Ordinal);
        Assert.Contains("Financial", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickSearch_ToleratesATypoByDefault_AndNamesTheFieldWhenTooShort()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Zoltan", LastName = "Schneider" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Huber" }, CancellationToken.None);
        });

        var typo = await client.Http.GetStringAsync("/contacts?q=Schnieder");
        Assert.Contains("Zoltan", typo, StringComparison.Ordinal);
        Assert.DoesNotContain("Huber", typo, StringComparison.Ordinal);

        var prefixOnly = await client.Http.GetStringAsync("/contacts?q=Schnieder&in=Name");
        Assert.DoesNotContain("Zoltan", prefixOnly, StringComparison.Ordinal);

        var tooShort = await client.Http.GetStringAsync("/contacts?q=s");
        Assert.Contains("Type at least 2 characters to search.", tooShort, StringComparison.Ordinal);
    }
}
