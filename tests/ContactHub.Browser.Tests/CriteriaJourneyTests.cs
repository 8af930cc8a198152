using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>Issue 22, item 4 in chromium: an administrator defines a criterion, an operator ticks it on a contact and filters the list by it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CriteriaJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Administrator_DefinesACriterion_TicksItOnAContact_AndFiltersTheListByIt()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;

        await page.GotoAsync("/admin/criteria");
        await page.GetByText("New criterion").ClickAsync();
        await page.GetByLabel("Key", new() { Exact = true }).FillAsync("sector-interest");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Sector of interest");
        await page.GetByLabel("Several choices per contact").CheckAsync();
        await page.GetByLabel("Choices", new() { Exact = true }).FillAsync("energy = Energy\nlaw = Law");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create criterion" }).ClickAsync();
        await Expect(page.Locator("[data-criterion=sector-interest]")).ToContainTextAsync("Law");
        await journey.ScreenshotAsync("criteria-admin");

        var path = await journey.CreatePersonAsync("Rosalind", "Franklin", "rosalind@example.com");
        await page.GotoAsync(path + "/edit");
        var criterion = page.Locator("fieldset[data-criterion=sector-interest]");
        await criterion.GetByLabel("Law").CheckAsync();
        await criterion.GetByLabel("Energy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#general [data-criterion]")).ToContainTextAsync("Energy, Law");
        await journey.ScreenshotAsync("criteria-on-contact");

        await page.GotoAsync("/contacts?criterion.sector-interest=law");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Franklin" }).First).ToBeVisibleAsync();
        await page.GotoAsync("/contacts?criterion.sector-interest=energy&name=Nobody");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Franklin" })).ToHaveCountAsync(0);
    }
}
