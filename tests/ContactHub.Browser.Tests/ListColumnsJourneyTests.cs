using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>Issue 20, part 4 in chromium: a column chosen in the list's "Columns" is kept for the operator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListColumnsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task ChosenColumn_IsShown_AndStillThereAfterAReload()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await journey.CreatePersonAsync("Grace", "Hopper");
        await page.GotoAsync("/contacts");
        var header = page.Locator("#results thead").GetByRole(AriaRole.Columnheader, new() { Name = "Preferred channel" });
        await Expect(header).ToHaveCountAsync(0);

        await page.GetByText("Columns", new() { Exact = true }).ClickAsync();
        await page.Locator("#column-preferredChannel").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save columns" }).ClickAsync();

        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("Columns saved.");
        await Expect(header).ToBeVisibleAsync();
        await Expect(page.Locator("#results tbody tr", new() { HasText = "Grace Hopper" }).Locator("td[data-column=preferredChannel]")).ToHaveTextAsync("Email");
        await page.ReloadAsync();
        await Expect(header).ToBeVisibleAsync();
        await Expect(page.GetByTestId("saved")).ToHaveCountAsync(0);
        await journey.ScreenshotAsync("list-columns-chosen");
    }
}
