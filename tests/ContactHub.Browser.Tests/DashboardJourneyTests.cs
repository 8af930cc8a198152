using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>The start page in chromium: a chart for each figure table, and the Draft hint leading to the list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Dashboard_DrawsAChartPerTable_AndLeadsToTheDraftContacts()
    {
        var operatorEmail = await app.NewOperatorAsync();
        using (var api = await app.ApiClientAsync(operatorEmail))
        {
            foreach (var body in new object[]
            {
                new { kind = "company", companyName = "Dashboard AG", accountReference = "AR-1" },
                new { kind = "person", firstName = "Dora", lastName = "Draft" },
                new { kind = "person", firstName = "Bob", lastName = "Blocked", blocked = true, blockedReason = "Asked" },
            })
            {
                (await api.PostAsJsonAsync("/api/v1/contacts", body)).EnsureSuccessStatusCode();
            }
        }

        await using var journey = await Journey.StartAsync(app, logIn: false);
        await journey.LogInAsync(operatorEmail);
        var page = journey.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();

        var tables = page.Locator("table[data-chart]:has(tbody tr)");
        await Expect(page.Locator(".figure canvas[aria-hidden=true]")).ToHaveCountAsync(await tables.CountAsync());
        Assert.True(await tables.CountAsync() >= 5);
        await Expect(page.GetByTestId("draft")).ToHaveTextAsync("2");
        await journey.ScreenshotAsync("dashboard");

        await page.GetByTestId("draft-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/contacts\\?status=Draft"));
        await Expect(page.GetByText("Dora Draft")).ToBeVisibleAsync();
    }
}
