using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>Issue 20, part 8 in chromium: seed 003's contact persons (draft, create form sections) and seed 001's privacy-level rules.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactPersonJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Operator_SavesAPersonKnownOnlyByAPhone_AsADraftNamedByIt()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;

        await page.GotoAsync("/contacts/new/person");
        await page.Locator("#Form_Phones_0__Number").FillAsync("079 555 12 34");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("+41 79 555 12 34");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Draft");
        await journey.ScreenshotAsync("draft-person-by-phone");
    }

    [Fact]
    public async Task Operator_TicksAConsent_AndBindsACustomer_WhenCreating()
    {
        await using var journey = await Journey.StartAsync(app, logIn: false);
        var operatorEmail = await app.NewOperatorAsync();
        await journey.LogInAsync(operatorEmail);
        using var api = await app.ApiClientAsync(operatorEmail);
        (await api.PostAsJsonAsync("/api/v1/contacts", new { kind = "company", companyName = "Keller Events" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/contacts", new { kind = "company", companyName = "Keller Bank", accountReference = "AR-7" })).EnsureSuccessStatusCode();
        var page = journey.Page;

        await page.GotoAsync("/contacts/new/person");
        await page.GetByLabel("First name").FillAsync("Ines");
        await page.GetByLabel("Last name").FillAsync("Keller");
        await page.GetByLabel("Data origin").FillAsync("business-card");
        var consent = page.Locator("#consent [data-purpose=direct-marketing]");
        await consent.Locator("summary").ClickAsync();
        await Expect(consent.Locator("details p")).ToBeVisibleAsync();
        await consent.GetByLabel("Direct marketing").CheckAsync();
        await page.GetByLabel("Find a lead or customer by name").FillAsync("Keller");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page.Locator("[data-tab=Marketing]")).ToHaveTextAsync("Leads (1)");
        await Expect(page.Locator("[data-tab=Financial]")).ToHaveTextAsync("Customers (1)");
        await page.Locator("[data-tab=Financial]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect Keller Bank" }).ClickAsync();
        await page.GetByLabel("Role at Keller Bank").FillAsync("Treasurer");
        // What was typed and ticked survives the search and the pick.
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Keller");
        await Expect(consent.GetByLabel("Direct marketing")).ToBeCheckedAsync();
        await journey.ScreenshotAsync("create-form-sections");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ines Keller was created and bound to Keller Bank.");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Complete");
        await journey.ScreenshotAsync("created-with-consent-and-binding");
        var id = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        var contact = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/contacts/{id}")).RootElement;
        Assert.Equal("Treasurer", contact.GetProperty("companies")[0].GetProperty("role").GetString());
        Assert.Equal("granted", contact.GetProperty("consents").GetProperty("directMarketing").GetString());
        Assert.Equal("business-card", contact.GetProperty("dataOrigin").GetString());
    }

    [Fact]
    public async Task APrivacyLevelRule_MakesANewVipConfidential_AndTheHistoryNamesTheRule()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await page.GotoAsync("/admin/privacy-levels");
        await page.Locator("#New_Category").FillAsync("VIP");
        await page.GetByLabel("At least").SelectOptionAsync("Confidential");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add rule" }).ClickAsync();
        await Expect(page.Locator("#rules")).ToContainTextAsync("contacts in category VIP");
        await journey.ScreenshotAsync("privacy-level-rules");

        await page.GotoAsync("/contacts/new/person");
        await page.GetByLabel("Last name").FillAsync("Important");
        await page.GetByLabel("Categories (comma-separated)").FillAsync("VIP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Expect(page.Locator("#general")).ToContainTextAsync("Confidential");

        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/history");
        await Expect(page.Locator("body")).ToContainTextAsync("rule:privacy-level:");
        await journey.ScreenshotAsync("privacy-level-raise-in-history");
    }
}
