using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>Issue 20, part 2 in chromium: an operator blocks a contact, records a consent and overrides reachability without the API.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactControlJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Operator_BlocksWithAReason_FromTheEditForm()
    {
        await using var journey = await Journey.StartAsync(app);
        var path = await journey.CreatePersonAsync("Marie", "Curie", "marie@example.com");
        var page = journey.Page;

        await page.GotoAsync(path + "/edit");
        await page.GetByLabel("Blocked", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#Form_BlockedReason-error")).ToHaveTextAsync("Say why the contact is blocked.");
        await journey.ScreenshotAsync("block-without-reason");

        await page.GetByLabel("Reason for blocking").FillAsync("Disputed invoices, legal hold");
        await page.GetByLabel("Name day").FillAsync("07-26");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var general = page.Locator("#general");
        await Expect(general).ToContainTextAsync("Yes — Disputed invoices, legal hold");
        await Expect(general).ToContainTextAsync("07-26");
        await journey.ScreenshotAsync("blocked-with-reason");
    }

    [Fact]
    public async Task Operator_RecordsConsent_AndOverridesReachability()
    {
        await using var journey = await Journey.StartAsync(app);
        var path = await journey.CreatePersonAsync("Lise", "Meitner", "lise@example.com");
        var page = journey.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Consent and reachability" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{path}/consent$"));
        var direct = page.Locator("tr[data-purpose=direct-marketing]");
        await direct.GetByRole(AriaRole.Button, new() { Name = "Grant Direct marketing" }).ClickAsync();
        await Expect(direct).ToContainTextAsync("granted");
        var evidence = page.Locator("#consent-evidence");
        await Expect(evidence).ToContainTextAsync("v1 (en)");
        await Expect(evidence).ToContainTextAsync("operator");
        await Expect(page.Locator("tr[data-notification-type=newsletter]")).ToContainTextAsync("reachable");
        await journey.ScreenshotAsync("consent-granted");

        await page.GetByText("Override for one notification type").ClickAsync();
        var form = page.Locator("form[action*=Override]");
        await form.GetByLabel("Notification type").SelectOptionAsync("invoice");
        await form.GetByLabel("Channel", new() { Exact = true }).SelectOptionAsync("Letter");
        await form.GetByLabel("Reason").FillAsync("Asked by phone for invoices on paper");
        await page.GetByRole(AriaRole.Button, new() { Name = "Override", Exact = true }).ClickAsync();
        await Expect(page.Locator("#overrides")).ToContainTextAsync("Asked by phone for invoices on paper");
        await journey.ScreenshotAsync("reachability-overridden");
    }
}
