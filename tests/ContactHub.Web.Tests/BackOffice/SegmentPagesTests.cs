using System.Net;
using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Segments;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>
/// Segments in the back office (issue 22): the list's filters saved as a segment, the segment page with its count,
/// members and statistics tables, field errors on the group row, static members added and removed by hand, and the
/// statistics of all contacts.
/// </summary>
public sealed class SegmentPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ListFilters_SavedAsASegment_ShowCountMembersAndStatistics()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        await CreateAsync(organisationId, ("Anna", "CH"), ("Bert", "CH"), ("Carl", "DE"));

        var list = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/contacts?country=CH&sort=Name"));
        Assert.Contains("href=\"/segments/new?country=CH\"", list, StringComparison.Ordinal);
        var form = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/segments/new?country=CH"));
        Assert.Contains("value=\"country=CH\"", form, StringComparison.Ordinal);

        var saved = await client.PostFormAsync("/segments/new?country=CH", new()
        {
            ["Form.Name"] = "Swiss", ["Form.Kind"] = "Dynamic", ["Form.Shared"] = "true", ["Form.Groups[0]"] = "country=CH", ["Form.Groups[1]"] = "",
        });
        var page = WebUtility.HtmlDecode(await client.FollowAsync(saved));

        Assert.Contains("Segment Swiss was created.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>2</strong> contacts you may see.", page, StringComparison.Ordinal);
        Assert.Contains(">Anna<", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Carl<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"table-country\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"table-reachability\"", page, StringComparison.Ordinal);
        var segments = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/segments"));
        Assert.Contains(">Swiss</a>", segments, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", segments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFilters_AreShownOnTheirGroupRow()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        var refused = await client.PostFormAsync("/segments/new", new()
        {
            ["Form.Name"] = "Robots", ["Form.Kind"] = "Dynamic", ["Form.Groups[0]"] = "", ["Form.Groups[1]"] = "kind=Robot",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Matches("id=\"Form_Groups_1_-error\"[^>]*>[^<]*kind: 'Robot' is not one of", html);
    }

    [Fact]
    public async Task StaticSegment_MembersAreAddedAndRemovedByHand()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var ids = await CreateAsync(organisationId, ("Anna", "CH"), ("Bert", "CH"));
        var created = await client.PostFormAsync("/segments/new", new() { ["Form.Name"] = "Gala", ["Form.Kind"] = "Static" });
        var url = created.Headers.Location!.OriginalString;

        var added = await client.PostFormAsync(url, new() { ["AddIds"] = $"{ids[0]}, {ids[1]}" }, url + "?handler=Add");
        Assert.Contains("<strong>2</strong> contacts you may see.", WebUtility.HtmlDecode(await client.FollowAsync(added)), StringComparison.Ordinal);
        var wrong = await client.PostFormAsync(url, new() { ["AddIds"] = "not-an-id" }, url + "?handler=Add");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("'not-an-id' is not a contact id.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var removed = await client.PostFormAsync(url, [], $"{url}?handler=Remove&contactId={ids[0]}");
        var page = WebUtility.HtmlDecode(await client.FollowAsync(removed));
        Assert.Contains("The contact was removed from the segment.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> contacts you may see.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WholeBaseStatistics_AndTheDashboard_ShowTheirTables()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await CreateAsync(organisationId, ("Anna", "CH"), ("Carl", "DE"));

        var statistics = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/statistics"));
        Assert.Contains("2 contacts you may see.", statistics, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"table-preferred\"", statistics, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"table-kind\"", await client.Http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private async Task<List<Guid>> CreateAsync(Guid organisationId, params (string Name, string Country)[] people)
    {
        var ids = new List<Guid>();
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            foreach (var (name, country) in people)
            {
                ids.Add((await services.GetRequiredService<ContactService>().CreateAsync(
                    new ContactRequest { Kind = ContactKind.Person, LastName = name, CountryOfResidence = country }, CancellationToken.None)).Id);
            }
        });
        return ids;
    }
}
