using System.Net;
using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Display;

/// <summary>Issue 20, part 3: every time in the back office is the operator's local time, in their culture, with the zone named.</summary>
public sealed partial class OperatorClockPagesTests(FixedClockApp fixture) : IClassFixture<FixedClockApp>
{
    // 23:30 UTC on 7 December is 00:30 on 8 December in Zurich.
    private const string ZurichIso = "2026-12-08 00:30 Europe/Zurich";
    private const string UtcInstant = "2026-12-07T23:30:00Z";

    [Fact]
    public async Task KnownInstant_IsShownInTheOperatorsZone_OnEveryPageThatShowsIt()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(fixture.App, OperatorRole.Administrator);
        using var session = client;
        var (person, deleted) = await SeedAsync(organisationId);
        await SetPreferencesAsync(client, "Europe/Zurich", string.Empty);

        foreach (var page in new[] { "/contacts", $"/contacts/{person}", $"/contacts/{person}/history", "/", "/contacts/recycle-bin" })
        {
            var html = await client.Http.GetStringAsync(page);
            Assert.Contains($"<time datetime=\"{UtcInstant}\">{ZurichIso}</time>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("2026-12-07 23:30", html, StringComparison.Ordinal);
        }

        Assert.Contains(deleted.ToString(), await client.Http.GetStringAsync("/contacts/recycle-bin"), StringComparison.Ordinal);
        Assert.Contains($"<time datetime=\"{UtcInstant}\">{ZurichIso}</time>", await client.Http.GetStringAsync("/admin/api-keys"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Culture_WritesDatesAndTimesItsWay()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(fixture.App, OperatorRole.Viewer);
        using var session = client;
        var (person, _) = await SeedAsync(organisationId);
        await SetPreferencesAsync(client, "Europe/Zurich", "de-CH");

        var html = await client.Http.GetStringAsync($"/contacts/{person}");
        Assert.Contains($"<time datetime=\"{UtcInstant}\">08.12.2026 00:30 Europe/Zurich</time>", html, StringComparison.Ordinal);
        // A date without a time is not shifted, only written in the culture.
        Assert.Contains("<time datetime=\"1980-03-19\">19.03.1980</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutOwnZone_TheOrganisationsZoneApplies()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(fixture.App, OperatorRole.Administrator);
        using var session = client;
        var (person, _) = await SeedAsync(organisationId);
        Assert.Contains($"<time datetime=\"{UtcInstant}\">2026-12-07 23:30 UTC</time>", await client.Http.GetStringAsync($"/contacts/{person}"), StringComparison.Ordinal);

        var saved = await client.FollowAsync(await client.PostFormAsync("/admin/organisation", new() { ["TimeZone"] = "America/New_York" }));
        Assert.Contains("Times are shown in America/New_York", saved, StringComparison.Ordinal);
        Assert.Contains($"<time datetime=\"{UtcInstant}\">2026-12-07 18:30 America/New_York</time>", await client.Http.GetStringAsync($"/contacts/{person}"), StringComparison.Ordinal);

        // The operator's own zone wins over the organisation's.
        await SetPreferencesAsync(client, "Asia/Tokyo", string.Empty);
        Assert.Contains($"<time datetime=\"{UtcInstant}\">2026-12-08 08:30 Asia/Tokyo</time>", await client.Http.GetStringAsync($"/contacts/{person}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationZone_Unknown_IsAFieldError()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(fixture.App, OperatorRole.Administrator);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/organisation", new() { ["TimeZone"] = "Mars/Olympus" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Matches("id=\"TimeZone-error\"[^>]*>[^<]*Mars/Olympus", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DatePickers_CountDaysInTheOperatorsZone_AsTheListShowsThem()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(fixture.App, OperatorRole.Viewer);
        using var session = client;
        await SeedAsync(organisationId);

        // In UTC the contacts were updated on 7 December; the list says so and the filter agrees.
        Assert.Contains("2 contacts", await client.Http.GetStringAsync("/contacts?updatedFrom=2026-12-07&updatedTo=2026-12-08"), StringComparison.Ordinal);
        Assert.Contains("No contacts match", await client.Http.GetStringAsync("/contacts?updatedFrom=2026-12-08"), StringComparison.Ordinal);

        // In Zurich it was 8 December: the list shows that day, and the picker's 8 December finds them.
        await SetPreferencesAsync(client, "Europe/Zurich", string.Empty);
        var list = await client.Http.GetStringAsync("/contacts?updatedFrom=2026-12-08&updatedTo=2026-12-09");
        Assert.Contains("2 contacts", list, StringComparison.Ordinal);
        Assert.Contains($"<time datetime=\"{UtcInstant}\">2026-12-08</time>", list, StringComparison.Ordinal);
        Assert.Contains("No contacts match", await client.Http.GetStringAsync("/contacts?updatedTo=2026-12-08"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Walks every page the app serves (from its endpoints, route values filled with a contact's id) for an operator in
    /// Zurich: any time of day in a page's text must be followed by that zone. A page that writes a time itself, in UTC
    /// or without a zone, fails here whichever page it is.
    /// </summary>
    [Fact]
    public async Task EveryPage_ForAnOperatorInAnotherZone_ShowsNoTimeWithoutThatZone()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(fixture.App, OperatorRole.Administrator);
        using var session = client;
        var (person, _) = await SeedAsync(organisationId);
        await SetPreferencesAsync(client, "Europe/Zurich", string.Empty);

        var visited = new List<string>();
        foreach (var path in PagePaths.All(fixture.App, person))
        {
            var response = await client.Http.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            visited.Add(path);
            var text = PagePaths.VisibleText(await response.Content.ReadAsStringAsync());
            var bare = TimeOfDay().Matches(text).Where(m => !text.AsSpan(m.Index + m.Length).StartsWith(" Europe/Zurich", StringComparison.Ordinal)).Select(m => m.Value).ToList();
            Assert.True(bare.Count == 0, $"{path} shows {string.Join(", ", bare)} without the operator's zone");
        }

        // The walk reached the pages that show times.
        Assert.Contains("/contacts", visited);
        Assert.Contains($"/contacts/{person}/history", visited);
        Assert.Contains("/admin/runs", visited);
        Assert.Contains("/admin/api-keys", visited);
        Assert.True(visited.Count >= 20, $"Only {visited.Count} pages answered: {string.Join(", ", visited)}");
    }

    internal static async Task SetPreferencesAsync(BackOfficeClient client, string timeZone, string culture)
    {
        var saved = await client.FollowAsync(await client.PostFormAsync("/account/preferences", new() { ["TimeZone"] = timeZone, ["Culture"] = culture }));
        Assert.Contains("Preferences saved.", saved, StringComparison.Ordinal);
    }

    // A person with a birthday, a company it is linked to, a deleted contact and a key, all recorded at the fixed instant.
    private async Task<(Guid Person, Guid Deleted)> SeedAsync(Guid organisationId)
    {
        var (person, deleted) = (Guid.Empty, Guid.Empty);
        await BackOfficeClient.RunAsOrganisationAsync(fixture.App, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            person = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Keller", DateOfBirth = new DateOnly(1980, 3, 19) }, CancellationToken.None)).Id;
            var company = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Keller AG" }, CancellationToken.None)).Id;
            deleted = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Gone" }, CancellationToken.None)).Id;
            await contacts.DeleteAsync(deleted, null, CancellationToken.None);
            await services.GetRequiredService<ContactLinkService>().ConnectAsync(person, company, "Buyer", CancellationToken.None);
            await services.GetRequiredService<CustomFields.CustomFieldDefinitionService>().CreateAsync(
                new CustomFields.CustomFieldRequest { Key = "tier", Name = "Tier", Type = CustomFields.CustomFieldType.Text, AppliesTo = CustomFields.CustomFieldTarget.Persons }, CancellationToken.None);
            await services.GetRequiredService<Organisations.OrganisationService>()
                .CreateApiKeyAsync(organisationId, new Organisations.ApiKeyRequest("Newsletter", Clearance.Free), CancellationToken.None);
        });
        return (person, deleted);
    }

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?::\d{2})?\b")]
    private static partial Regex TimeOfDay();
}
