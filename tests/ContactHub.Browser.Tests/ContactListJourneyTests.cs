using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>Issue 20, part 4 in chromium: the list is a workspace — results above the fold, filters as chips, typing without history spam.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactListJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Results_AreAboveTheFold_AndAFilterIsAChipThatRemovesItself()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await journey.CreatePersonAsync("Ada", "Lovelace");
        await page.SetViewportSizeAsync(1440, 900);

        await page.GotoAsync("/contacts");
        var first = page.Locator("#results tbody tr").First;
        await Expect(first).ToBeVisibleAsync();
        var box = await first.BoundingBoxAsync();
        Assert.True(box is { } b && b.Y + b.Height <= 900, $"The first result ends at {box?.Y + box?.Height} px, below a 900 px window");

        await page.GetByText("Filters", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Form, new() { Name = "Search contacts" }).GetByLabel("Kind").SelectOptionAsync("Company");
        var chip = page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Kind: Company" });
        await Expect(chip).ToBeVisibleAsync();
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("0 contacts");
        await journey.ScreenshotAsync("list-filter-chip");

        await chip.ClickAsync();
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("1 contact");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Kind: Company" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Typing_InTheSearch_AddsNoHistoryEntryPerPause()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await journey.CreatePersonAsync("Linus", "Torvalds");
        await page.GotoAsync("/contacts");
        var before = await page.EvaluateAsync<int>("history.length");

        var search = page.GetByLabel("Quick search");
        foreach (var part in (string[])["To", "rv", "al", "ds"])
        {
            await search.PressSequentiallyAsync(part);
            await page.WaitForTimeoutAsync(500);
        }

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=Torvalds"));
        await Expect(page.Locator("#results")).ToContainTextAsync("Linus Torvalds");
        Assert.Equal(before, await page.EvaluateAsync<int>("history.length"));
    }
}
