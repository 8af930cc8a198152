using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>Issue 22, item 5 in chromium: an operator records a call on the Interactions tab, closes it, and finds it in the history.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InteractionJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Operator_RecordsACall_ClosesIt_AndTheHistoryNamesIt()
    {
        await using var journey = await Journey.StartAsync(app);
        var path = await journey.CreatePersonAsync("Grace", "Hopper", "grace@example.com");
        var page = journey.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Interactions" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{path}/interactions$"));
        await page.GetByText("Record an interaction").ClickAsync();
        await page.GetByLabel("Medium").FillAsync("phone");
        await page.GetByLabel("Subject").FillAsync("Asked about the season ticket");
        await page.GetByLabel("Description").FillAsync("Wants two seats <near the stage>.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();

        var item = page.Locator("[data-interaction]").First;
        await Expect(item).ToContainTextAsync("Asked about the season ticket");
        await Expect(item).ToContainTextAsync("Wants two seats <near the stage>.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Close Asked about the season ticket" }).ClickAsync();
        await Expect(page.Locator("[data-interaction] [data-status]").First).ToHaveTextAsync("closed");
        await journey.ScreenshotAsync("interactions-tab");

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Expect(page.Locator("#history")).ToContainTextAsync("Interaction recorded: Asked about the season ticket");
    }
}
