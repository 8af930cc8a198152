using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>Issue 20, part 4 in chromium: tick rows on the contacts list, choose an action, confirm the count, read what it did.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BulkActionJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task SelectRows_AddACategory_ConfirmTheCount_ReadTheResult()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await journey.CreatePersonAsync("Grace", "Hopper");
        await journey.CreatePersonAsync("Alan", "Turing");
        await journey.CreatePersonAsync("Ada", "Lovelace");
        await page.GotoAsync("/contacts");

        // The action bar waits for a selection.
        var bar = page.Locator("#bulk-actions");
        await Expect(bar).ToBeHiddenAsync();
        await page.GetByLabel("Select all on this page").CheckAsync();
        await Expect(bar).ToBeVisibleAsync();
        await Expect(bar).ToContainTextAsync("(3)");
        // By keyboard: Space unticks one row again.
        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Select .*Lovelace") }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(bar).ToContainTextAsync("(2)");

        await page.GetByLabel("Action").SelectOptionAsync("AddCategory");
        await Expect(page.GetByLabel("Notification type to check")).ToBeHiddenAsync();
        await page.GetByLabel("Category to add or remove").SelectOptionAsync("VIP");
        await journey.ScreenshotAsync("bulk-selected");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue…" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Add category VIP to 2 contacts?");
        await journey.ScreenshotAsync("bulk-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, go ahead" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Add category VIP: added to 2 contacts.");
        await journey.ScreenshotAsync("bulk-done");
        await page.GotoAsync("/contacts?category=VIP");
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("2 contacts");
        await Expect(page.Locator("#results")).Not.ToContainTextAsync("Lovelace");
    }
}
