using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>Segments in chromium (issue 22): the list's filters saved as a segment, opened with its count and statistics charts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SegmentJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task ListFilters_SavedAsASegment_OpenWithCountAndCharts()
    {
        var operatorEmail = await app.NewOperatorAsync();
        using (var api = await app.ApiClientAsync(operatorEmail))
        {
            foreach (var body in new object[]
            {
                new { kind = "person", firstName = "Sara", lastName = "Swiss", countryOfResidence = "CH" },
                new { kind = "person", firstName = "Sven", lastName = "Swiss", countryOfResidence = "CH" },
                new { kind = "person", firstName = "Gerd", lastName = "German", countryOfResidence = "DE" },
            })
            {
                (await api.PostAsJsonAsync("/api/v1/contacts", body)).EnsureSuccessStatusCode();
            }
        }

        await using var journey = await Journey.StartAsync(app, logIn: false);
        await journey.LogInAsync(operatorEmail);
        var page = journey.Page;
        await page.GotoAsync("/contacts?country=CH");
        await page.GetByTestId("save-as-segment").ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Swiss contacts");
        await Expect(page.GetByLabel("Filters of group 1")).ToHaveValueAsync("country=CH");
        await journey.ScreenshotAsync("segment-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save segment" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Segment Swiss contacts", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("segment-count")).ToContainTextAsync("2 contacts");
        var tables = page.Locator("table[data-chart]:has(tbody tr)");
        await Expect(page.Locator(".figure canvas[aria-hidden=true]")).ToHaveCountAsync(await tables.CountAsync());
        await Expect(page.GetByTestId("table-country")).ToContainTextAsync("CH");
        await journey.ScreenshotAsync("segment");
    }
}
