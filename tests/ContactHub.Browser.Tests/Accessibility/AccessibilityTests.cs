using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests.Accessibility;

/// <summary>
/// Accessibility of the back office (issue 20, part 7), proven on every page the app has (<see cref="PageTour"/>):
/// no serious or critical axe violation, a skip link first and a visible focus ring on every control, and the
/// keyboard path from the search box to what it found.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    [Fact]
    public async Task EveryPage_HasNoSeriousOrCriticalAxeViolation()
    {
        var violations = new List<string>();
        await PageTour.WalkAsync(app, async (stop, journey) =>
        {
            // Both of Pico's themes: the layout follows the operator's system setting (color-scheme: light dark).
            // Pico fades colours over 0.2 s; without transitions axe reads the theme's colours, not a mix of both.
            var page = journey.Page;
            await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; }" });
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                violations.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{stop} ({scheme}) {new Uri(page.Url).PathAndQuery}: {v}"));
            }

            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
            await journey.ScreenshotAsync("a11y-" + stop);
        });

        Assert.True(violations.Count == 0, $"{violations.Count} serious or critical violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public async Task EveryPage_TabStartsAtTheSkipLink_AndEveryControlShowsAFocusRing()
    {
        var problems = new List<string>();
        await PageTour.WalkAsync(app, async (stop, journey) =>
            problems.AddRange((await FocusWalk.ProblemsAsync(journey.Page)).Select(p => $"{stop} {new Uri(journey.Page.Url).PathAndQuery}: {p}")));

        Assert.True(problems.Count == 0, $"{problems.Count} focus problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public async Task SkipLink_IsShownWhenFocused_AndTakesTheKeyboardToTheMainContent()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await journey.CreatePersonAsync("Skip", "Link");
        await FocusWalk.StartAtTheTopAsync(page);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await journey.ScreenshotAsync("a11y-skip-link");

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, Tab must focus the first control of the main content, not the header's navigation.");
    }

    [Fact]
    public async Task ContactsList_FromTheSearchBoxToTheFirstResult_InAtMostTwoKeyPresses()
    {
        await using var journey = await Journey.StartAsync(app);
        await journey.CreatePersonAsync("Katherine", "Johnson");
        await journey.CreatePersonAsync("Dorothy", "Vaughan");
        var page = journey.Page;
        await page.GotoAsync("/contacts");
        var search = page.GetByLabel("Quick search");
        await Expect(search).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("johnson");
        var first = page.Locator("#results tbody tr").First.GetByRole(AriaRole.Link);
        await Expect(first).ToHaveTextAsync("Katherine Johnson");
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(1);

        // One key press (the brief allows two): ↓ leaves the search box for the first result, past every filter.
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(first).ToBeFocusedAsync();
        await journey.ScreenshotAsync("a11y-search-to-result");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Katherine Johnson" })).ToBeVisibleAsync();
    }
}
