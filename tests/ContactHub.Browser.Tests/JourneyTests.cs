using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>The main journeys of an operator, clicked through in chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserApp app)
{
    [Fact]
    public async Task LogIn_ThenLogOut()
    {
        await using var journey = await Journey.StartAsync(app, logIn: false);
        var page = journey.Page;
        await page.GotoAsync("/contacts");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

        await journey.LogInAsync(await app.NewOperatorAsync());
        await Expect(page.GetByTestId("operator-name")).ToHaveTextAsync("Olivia Operator");
        await journey.ScreenshotAsync("login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are logged out" })).ToBeVisibleAsync();
        await page.GotoAsync("/contacts");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await journey.ScreenshotAsync("logout");
    }

    [Fact]
    public async Task CreatePerson_WithTwoEmails()
    {
        await using var journey = await Journey.StartAsync(app);
        await journey.CreatePersonAsync("Zoë", "Müller", "zoe@example.com", "zoe.private@example.org");

        var page = journey.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zoë Müller" })).ToBeVisibleAsync();
        var emails = page.Locator("#emails");
        await Expect(emails.GetByText("zoe@example.com")).ToBeVisibleAsync();
        await Expect(emails.GetByText("zoe.private@example.org")).ToBeVisibleAsync();
        await journey.ScreenshotAsync("create-person");
    }

    [Fact]
    public async Task Address_DeactivateAndReactivate()
    {
        await using var journey = await Journey.StartAsync(app);
        var path = await journey.CreatePersonAsync("Ada", "Lovelace");
        var page = journey.Page;
        var addresses = page.Locator("#addresses");
        await addresses.GetByText("Add address").ClickAsync();
        await page.GetByLabel("Street", new() { Exact = true }).FillAsync("Bahnhofstrasse 1");
        await page.GetByLabel("Postal code").FillAsync("8001");
        await page.GetByLabel("City").FillAsync("Zürich");
        await page.GetByLabel("Country (ISO code)").FillAsync("CH");
        await addresses.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var row = page.Locator("[data-testid=addresses-row]");
        await Expect(row).ToContainTextAsync("active");

        await row.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Expect(row).ToContainTextAsync("inactive");
        await journey.ScreenshotAsync("address-inactive");

        await row.GetByRole(AriaRole.Button, new() { Name = "Reactivate" }).ClickAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Deactivate" })).ToBeVisibleAsync();
        Assert.EndsWith(path, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await journey.ScreenshotAsync("address-reactivated");
    }

    [Fact]
    public async Task Edit_WithStaleVersion_ExplainsTheConflict()
    {
        await using var journey = await Journey.StartAsync(app);
        var path = await journey.CreatePersonAsync("Grace", "Hopper");
        var first = journey.Page;
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync(path + "/edit");
        await second.GotoAsync(path + "/edit");

        await first.GetByLabel("First name").FillAsync("Grace Brewster");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Heading, new() { Name = "Grace Brewster Hopper" })).ToBeVisibleAsync();

        await second.GetByLabel("Last name").FillAsync("Murray");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(second.GetByTestId("stale")).ToContainTextAsync("This contact was changed by Olivia Operator at");
        await second.ScreenshotAsync(new() { Path = Path.Combine(Journey.ScreenshotFolder, "stale-edit.png"), FullPage = true });
    }

    [Fact]
    public async Task QuickSearch_FindsTheContact()
    {
        await using var journey = await Journey.StartAsync(app);
        await journey.CreatePersonAsync("Linus", "Torvalds");
        await journey.CreatePersonAsync("Margaret", "Hamilton");
        var page = journey.Page;

        await page.GotoAsync("/contacts");
        await page.GetByLabel("Quick search").FillAsync("torv");
        var results = page.Locator("#results");
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Linus Torvalds" })).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Margaret Hamilton" })).ToHaveCountAsync(0);
        await journey.ScreenshotAsync("quick-search");

        await results.GetByRole(AriaRole.Link, new() { Name = "Linus Torvalds" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Linus Torvalds" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task History_ShowsTheChange()
    {
        await using var journey = await Journey.StartAsync(app);
        var path = await journey.CreatePersonAsync("Alan", "Turing");
        var page = journey.Page;
        await page.GotoAsync(path + "/edit");
        await page.GetByLabel("Reference code").FillAsync("REF-1912");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{path}/history$"));
        var history = page.GetByTestId("history");
        var change = history.Locator("> li", new() { HasText = "Reference code" });
        await Expect(change).ToContainTextAsync("— → REF-1912");
        await Expect(change).ToContainTextAsync("Olivia Operator");
        await Expect(change).ToContainTextAsync("via ui");
        // One entry per save: the creation is one more entry, with field labels, not property names.
        await Expect(history.Locator("> li")).ToHaveCountAsync(2);
        await Expect(history).Not.ToContainTextAsync("normalized");
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{path}$"));
        await journey.ScreenshotAsync("history");
    }

    [Fact]
    public async Task CompanyLink_ConnectBySearch_ThenDisconnect()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await page.GotoAsync("/contacts/new/company");
        await page.GetByLabel("Company name").FillAsync("Acme Rockets AG");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Acme Rockets AG" })).ToBeVisibleAsync();
        await journey.CreatePersonAsync("Wile", "Coyote");

        await page.GetByRole(AriaRole.Link, new() { Name = "Relations and companies" }).ClickAsync();
        await page.GetByLabel("Find a company by name").FillAsync("acme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).Last.ClickAsync();
        await page.GetByPlaceholder("role (optional)").FillAsync("Customer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect" }).ClickAsync();
        var companies = page.Locator("#companies table");
        await Expect(companies).ToContainTextAsync("Acme Rockets AG");
        await Expect(companies).ToContainTextAsync("Customer");
        await journey.ScreenshotAsync("company-connected");

        // Disconnecting asks first; the operator confirms.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await companies.GetByRole(AriaRole.Button, new() { Name = "Disconnect" }).ClickAsync();
        await Expect(companies).Not.ToContainTextAsync("Acme Rockets AG");
    }

    [Fact]
    public async Task UniquenessConflict_IsShownAsALinkToTheExistingContact()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await page.GotoAsync("/admin/uniqueness");
        var persons = page.GetByRole(AriaRole.Group, new() { Name = "Persons" });
        await persons.GetByLabel("Group 1").FillAsync("lastName + idNumber");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save uniqueness rules" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToContainTextAsync("The uniqueness rules are saved.");

        await page.GotoAsync("/contacts/new/person");
        await page.GetByLabel("First name").FillAsync("Ada");
        await page.GetByLabel("Last name").FillAsync("King");
        await page.GetByLabel("ID number").FillAsync("756.1815");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ada King" })).ToBeVisibleAsync();
        var existing = new Uri(page.Url).AbsolutePath;

        await page.GotoAsync("/contacts/new/person");
        await page.GetByLabel("First name").FillAsync("Augusta");
        await page.GetByLabel("Last name").FillAsync("King");
        await page.GetByLabel("ID number").FillAsync("756.1815");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        var conflict = page.GetByTestId("conflict");
        await Expect(conflict).ToContainTextAsync("Another contact has the same (idNumber AND lastName)");
        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Augusta");
        await journey.ScreenshotAsync("uniqueness-conflict");

        await conflict.GetByRole(AriaRole.Link, new() { Name = "Ada King" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ada King" })).ToBeVisibleAsync();
        Assert.Equal(existing, new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task Administration_ManagedList_AddRemoveAndRestore_ByKeyboard()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await page.GotoAsync("/contacts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Lists" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Lists" }).GetByRole(AriaRole.Link, new() { Name = "Phone types" }).ClickAsync();

        await page.GetByLabel("Remove entry 4").CheckAsync();
        await page.GetByLabel("Key of new entry 6").FillAsync("pager");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Pager");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The list is saved. Archived: fax.");
        await Expect(page.GetByLabel("Name of entry 5")).ToHaveValueAsync("Pager");
        await Expect(page.GetByLabel("Name of entry 1")).ToHaveValueAsync("Mobile"); // Enter saved; it moved no row
        await page.GetByRole(AriaRole.Button, new() { Name = "Move entry 2 up" }).ClickAsync();
        await Expect(page.GetByLabel("Name of entry 1")).ToHaveValueAsync("Work");
        var archived = page.GetByTestId("archived-row");
        await Expect(archived).ToContainTextAsync("fax");
        await journey.ScreenshotAsync("admin-list");

        await archived.GetByRole(AriaRole.Button, new() { Name = "Restore fax" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("'fax' is offered again.");
        await Expect(page.GetByTestId("archived-row")).ToHaveCountAsync(0);

        // The new type is one a contact's phone may now take.
        await journey.CreatePersonAsync("Pat", "Pager");
        var phones = page.Locator("#phones");
        await phones.GetByText("Add phone").ClickAsync();
        await page.Locator("#NewPhone_Type").FillAsync("pager");
        await page.Locator("#NewPhone_Number").FillAsync("+41 44 668 18 00");
        await phones.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=phones-row]")).ToContainTextAsync("pager");
    }

    [Fact]
    public async Task NameDays_RuleThenRunNow_TheRunsPageFollowsItToTheEnd()
    {
        await using var journey = await Journey.StartAsync(app);
        var page = journey.Page;
        await journey.CreatePersonAsync("Anna", "Annen");
        await page.GotoAsync("/admin/name-days");
        await page.GetByLabel("Day of rule 1").FillAsync("07-26");
        await page.GetByLabel("Names of rule 1").FillAsync("Anna, Anne");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save rules" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The name-day rules are saved: 1 days.");

        await page.GetByLabel("Which persons").SelectOptionAsync(new SelectOptionValue { Label = "All persons (replaces a different name day)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Run now" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToContainTextAsync("The name-day run is queued");
        await page.GetByRole(AriaRole.Link, new() { Name = "Earlier runs" }).ClickAsync();

        var run = page.GetByTestId("run-row").First;
        await Expect(run.GetByTestId("run-status")).ToHaveTextAsync("Succeeded");
        await Expect(run.GetByTestId("run-changed")).ToHaveTextAsync("1");
        await Expect(run).ToContainTextAsync("Olivia Operator");
        await journey.ScreenshotAsync("runs");
    }
}
