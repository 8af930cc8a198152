using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Web.Api.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>Issue 20, part 4: the list's filters in force are chips that each drop one filter, and the list counts its matches.</summary>
public sealed class ContactListWorkspaceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // Paging, order and the search box are not filters and get no chip.
    private static readonly string[] NotFilters = ["q", "cursor", "before", "limit", "sort", "descending"];

    // A valid value of every filter; a filter added to the shared record without one here fails the test below.
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["name"] = "Le", ["kind"] = "Person", ["category"] = "customer", ["email"] = "ann@example.com", ["referenceCode"] = "R-1",
        ["allowedChannel"] = "Email", ["preferredChannel"] = "Letter", ["consent"] = "direct-marketing:granted", ["includeInvalid"] = "true",
        ["status"] = "Draft", ["lifeCycle"] = "Marketing", ["accessibilityNeed"] = "large-print", ["confidentiality"] = "Free",
        ["blocked"] = "false", ["hasEmail"] = "true", ["hasPhone"] = "false", ["country"] = "CH", ["interactionWithinDays"] = "90",
        ["hasAddress"] = "true", ["postalCodeFrom"] = "8000", ["postalCodeTo"] = "8999", ["linkedCompany"] = "0193c1a4-0000-7000-8000-000000000001",
        ["createdFrom"] = "2020-01-01", ["createdTo"] = "2099-01-01", ["updatedFrom"] = "2020-01-01", ["updatedTo"] = "2099-01-01",
    };

    [Fact]
    public async Task EveryFilter_InForce_IsAChipThatDropsOnlyItself()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var filters = typeof(ContactListRequest).GetProperties().Select(p => p.GetCustomAttribute<FromQueryAttribute>()!.Name!).Except(NotFilters).ToList();

        foreach (var filter in filters)
        {
            Assert.True(Samples.TryGetValue(filter, out var value), $"No sample value for the filter '{filter}'");
            var response = await client.Http.GetAsync($"/contacts?q=zz&kind=Company&{filter}={Uri.EscapeDataString(value)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var without = Regex.Matches(html, "<a href=\"([^\"]+)\" aria-label=\"Remove filter [^\"]+\"")
                .Select(c => new Uri("http://x" + c.Groups[1].Value).Query).ToList();
            // Some chip drops this filter and keeps the search and the other filter.
            Assert.True(without.Any(q => !q.Contains(filter + "=", StringComparison.Ordinal) && q.Contains("q=zz", StringComparison.Ordinal)
                && (filter == "kind" || q.Contains("kind=Company", StringComparison.Ordinal))), $"No chip drops only '{filter}'");
        }
    }

    [Fact]
    public async Task List_CountsItsMatches()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            for (var i = 0; i < 3; i++)
            {
                await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = $"Lee {i}" }, CancellationToken.None);
            }

            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Lee AG" }, CancellationToken.None);
        });

        Assert.Contains("data-testid=\"result-count\">4 contacts</p>", await client.Http.GetStringAsync("/contacts"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"result-count\">3 contacts</p>", await client.Http.GetStringAsync("/contacts?kind=Person"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"result-count\">1 contact</p>", await client.Http.GetStringAsync("/contacts?kind=Company"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_AreCollapsed_AndSayHowManyAreActive()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;

        Assert.Contains("<summary>Filters</summary>", await client.Http.GetStringAsync("/contacts"), StringComparison.Ordinal);
        Assert.Contains("<summary>Filters (2 active)</summary>", await client.Http.GetStringAsync("/contacts?kind=Person&blocked=true"), StringComparison.Ordinal);
    }
}
