using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>The start page: the organisation's figures as tables (each the source of a chart), hints and recent changes.</summary>
public sealed partial class DashboardPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Dashboard_ShowsTheFiguresOfTheOperatorsOrganisation()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var (_, otherId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        var anna = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            anna = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Anna", LastName = "Draft" }, CancellationToken.None)).Id;
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Bert", LastName = "Blocked", Blocked = true, BlockedReason = "Fraud" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Acme", AccountReference = "AR-1" }, CancellationToken.None);
        });
        await BackOfficeClient.RunAsOrganisationAsync(factory, otherId, async services =>
            await services.GetRequiredService<ContactService>().CreateAsync(
                new ContactRequest { Kind = ContactKind.Company, CompanyName = "Elsewhere", AccountReference = "AR-2", Blocked = true, BlockedReason = "x" }, CancellationToken.None));

        var html = await client.Http.GetStringAsync("/");

        Assert.Equal([("Person", 2), ("Company", 1)], Rows(html, "kind"));
        Assert.Equal([("Draft", 2), ("Complete", 1)], Rows(html, "status"));
        Assert.Equal([("Marketing", 2), ("Financial", 1)], Rows(html, "life-cycle"));
        Assert.Equal(3, Rows(html, "channels").Single(r => r.Label == "Email").Count);
        Assert.Equal(3, Rows(html, "created").Sum(r => r.Count));
        Assert.Contains("data-testid=\"blocked\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"draft\">2<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/contacts?status=Draft&amp;includeInvalid=true\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/contacts/{anna}/history\">Anna Draft</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Dashboard</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_HintsAtValuesHeldByMoreThanOneContact()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            foreach (var name in new[] { "One", "Two" })
            {
                await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = name, Emails = [new EmailRequest("work", "desk@example.com")] }, CancellationToken.None);
            }
        });

        var html = await client.Http.GetStringAsync("/");

        Assert.Contains("data-testid=\"shared-emails\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"shared-phones\">0<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryChart_IsDrawnFromATableOfItsFigures()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            await services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "One" }, CancellationToken.None));

        var html = await client.Http.GetStringAsync("/");

        // No chart is rendered by the server: the script draws each from its table, so a chart without a table cannot exist.
        Assert.DoesNotContain("<canvas", html, StringComparison.OrdinalIgnoreCase);
        var figures = FigureSection().Matches(html);
        Assert.Equal(6, figures.Count);
        foreach (Match figure in figures)
        {
            var table = Assert.Single(ChartTable().Matches(figure.Value));
            Assert.Matches("<caption[^>]*>[^<]+</caption>", table.Value);
            Assert.Contains("<th scope=\"col\">", table.Value, StringComparison.Ordinal);
            Assert.All(BodyRows().Matches(table.Value), row =>
            {
                Assert.Contains("<th scope=\"row\">", row.Value, StringComparison.Ordinal);
                Assert.Matches("<td data-value=\"\\d+\">", row.Value);
            });
        }

        Assert.Equal(figures.Count, ChartTable().Matches(html).Count);
        Assert.Contains("src=\"/js/dashboard.js", html, StringComparison.Ordinal);
    }

    /// <summary>The (label, count) rows of the figure table <paramref name="id"/>, label without its link.</summary>
    private static List<(string Label, int Count)> Rows(string html, string id)
    {
        var table = Regex.Match(html, $"<table[^>]*data-testid=\"table-{id}\".*?</table>", RegexOptions.Singleline).Value;
        return [.. BodyRows().Matches(table).Select(row => (
            Regex.Replace(Regex.Match(row.Value, "<th scope=\"row\">(.*?)</th>", RegexOptions.Singleline).Groups[1].Value, "<[^>]+>", string.Empty).Trim(),
            int.Parse(Regex.Match(row.Value, "data-value=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))];
    }

    [GeneratedRegex("<section[^>]*class=\"figure\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex FigureSection();

    [GeneratedRegex("<table[^>]*data-chart=\"[a-z]+\".*?</table>", RegexOptions.Singleline)]
    private static partial Regex ChartTable();

    [GeneratedRegex("<tr>\\s*<th scope=\"row\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRows();
}
