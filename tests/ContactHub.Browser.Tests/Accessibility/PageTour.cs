using Microsoft.Playwright;

namespace ContactHub.Browser.Tests.Accessibility;

/// <summary>
/// Every page of the back office in the states an operator meets (empty and filled, with errors, deactivated rows,
/// the folded-away forms opened), visited by one operator. At each stop the caller checks the page. The tour ends by
/// proving it missed no page: the app's Razor pages, from its endpoints, against the pages that answered the tour's
/// requests (<see cref="PageRecorder"/>). A new page fails every tour test until it gets a stop here.
/// </summary>
public sealed class PageTour
{
    private readonly Journey _journey;
    private readonly IPage _page;
    private readonly Func<string, Journey, Task> _atEachStop;

    private PageTour(Journey journey, Func<string, Journey, Task> atEachStop) => (_journey, _page, _atEachStop) = (journey, journey.Page, atEachStop);

    public static async Task WalkAsync(BrowserApp app, Func<string, Journey, Task> atEachStop)
    {
        await using var journey = await Journey.StartAsync(app, logIn: false);
        var name = Guid.NewGuid().ToString("N");
        await journey.Page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [PageRecorder.Header] = name });
        await new PageTour(journey, atEachStop).WalkAsync();

        var missed = app.RazorPages().Except(app.PagesServedTo(name)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missed.Count == 0, $"The tour has no stop on {string.Join(", ", missed)}: add one to {nameof(PageTour)}.");
    }

    private async Task WalkAsync()
    {
        var (journey, page) = (_journey, _page);
        await VisitAsync("login", "/account/login");
        await page.GetByLabel("E-mail").FillAsync("nobody@example.com");
        await page.GetByLabel("Password").FillAsync("wrong password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).Locator("li").WaitForAsync();
        await StopAsync("login-refused");

        var operatorEmail = await journey.App.NewOperatorAsync();
        await journey.LogInAsync(operatorEmail);
        using var api = await journey.App.ApiClientAsync(operatorEmail);
        var data = await TourData.SeedAsync(api);

        await VisitAsync("home", "/");
        await VisitAsync("contacts", "/contacts");
        await VisitAsync("contacts-filtered", "/contacts?q=Keller&kind=Person&category=Customer&blocked=true&includeInvalid=true&sort=Created&descending=true");
        await VisitAsync("contacts-none", "/contacts?q=nobody-has-this-name");
        await VisitAsync("person", $"/contacts/{data.Person}");
        await VisitAsync("person-links", $"/contacts/{data.Person}/links?companySearch=Keller&relationSearch=Muster");
        await VisitAsync("person-consent", $"/contacts/{data.Person}/consent");
        await VisitAsync("person-interactions", $"/contacts/{data.Person}/interactions");
        await VisitAsync("person-history", $"/contacts/{data.Person}/history");
        await VisitAsync("company", $"/contacts/{data.Company}");
        await VisitAsync("company-links", $"/contacts/{data.Company}/links");

        await VisitAsync("new-person", "/contacts/new/person");
        await VisitAsync("new-company", "/contacts/new/company");
        await page.GotoAsync("/contacts/new/person");
        await page.GetByLabel("Last name").FillAsync("Keller");
        await page.Locator("#Form_CountryOfResidence").FillAsync("Narnia");
        await page.Locator("#Form_Phones_0__Number").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.Locator("[aria-invalid=true]").First.WaitForAsync();
        await StopAsync("new-person-invalid");
        await page.GotoAsync("/contacts/new/person");
        await page.GetByLabel("Find a lead or customer by name").FillAsync("Keller");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.Locator("#binding [data-tab]").First.WaitForAsync();
        await page.Locator("#consent details").First.Locator("summary").ClickAsync();
        await StopAsync("new-person-binding");
        await VisitAsync("edit-person", $"/contacts/{data.Person}/edit");
        await VisitAsync("edit-company", $"/contacts/{data.Company}/edit");
        await VisitAsync("delete", $"/contacts/{data.Colleague}/delete");
        await BulkStopsAsync(api);

        await VisitAsync("admin-start", "/admin");
        await VisitAsync("admin-lists", "/admin/lists");
        await page.GotoAsync("/admin/lists/phone-types");
        await page.GetByLabel("Remove entry 4").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save list" }).ClickAsync();
        await page.GetByTestId("archived-row").WaitForAsync();
        await StopAsync("admin-list-archived");
        await VisitAsync("admin-list-industries", "/admin/lists/industries");
        await VisitAsync("admin-rules", "/admin/rules");
        await VisitAsync("admin-uniqueness", "/admin/uniqueness");
        await VisitAsync("admin-privacy-levels-none", "/admin/privacy-levels");
        await page.Locator("#New_Category").FillAsync("VIP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add rule" }).ClickAsync();
        await page.Locator("#rules").WaitForAsync();
        await StopAsync("admin-privacy-levels");
        await VisitAsync("admin-name-days", "/admin/name-days");
        await VisitAsync("admin-custom-fields", "/admin/custom-fields");
        await VisitAsync("admin-custom-field", $"/admin/custom-fields/{data.CustomField}");
        await VisitAsync("admin-criteria", "/admin/criteria");
        await VisitAsync("admin-consent-purposes", "/admin/consent-purposes");
        await VisitAsync("admin-consent-purpose", "/admin/consent-purposes/direct-marketing");
        await VisitAsync("admin-channels", "/admin/channels");
        await VisitAsync("admin-history", "/admin/history");
        await VisitAsync("admin-runs", "/admin/runs");
        await VisitAsync("admin-organisation", "/admin/organisation");
        await VisitAsync("preferences", "/account/preferences");

        await page.GotoAsync("/admin/operators");
        await page.Locator("summary", new() { HasText = "New operator" }).ClickAsync();
        await page.Locator("#New_Email").FillAsync($"former-{Guid.NewGuid():N}@example.com");
        await page.Locator("#New_DisplayName").FillAsync("Former Operator");
        await page.Locator("#New_Password").FillAsync(BrowserApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create operator" }).ClickAsync();
        var former = page.Locator("tr", new() { HasText = "Former Operator" });
        await former.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await former.GetByRole(AriaRole.Button, new() { Name = "Enable" }).WaitForAsync();
        await StopAsync("admin-operators");

        // Last, as it revokes the key the tour's data was made with: a revoked key is a deactivated row.
        await page.GotoAsync("/admin/api-keys");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).First.ClickAsync();
        await page.GetByText("revoked", new() { Exact = false }).First.WaitForAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Newsletter tool");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await page.GetByTestId("new-key").WaitForAsync();
        await StopAsync("admin-api-keys");

        await SegmentStopsAsync();
        await VisitAsync("recycle-bin", "/contacts/recycle-bin");
        await VisitAsync("not-found", $"/contacts/{Guid.NewGuid()}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/logout$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await StopAsync("logged-out");
    }

    // Segments: the form from the list's filters (with a group refused), the segment with its charts, its edit form, the list and all statistics.
    private async Task SegmentStopsAsync()
    {
        var page = _page;
        await page.GotoAsync("/contacts?kind=Person");
        await page.GetByTestId("save-as-segment").ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Tour persons");
        await page.GetByLabel("Filters of group 2").FillAsync("kind=Robot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save segment" }).ClickAsync();
        await page.Locator("#Form_Groups_1_-error").GetByText("Robot", new() { Exact = false }).WaitForAsync();
        await StopAsync("segment-new-refused");
        await page.GetByLabel("Filters of group 2").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save segment" }).ClickAsync();
        await page.GetByTestId("segment-count").WaitForAsync();
        await StopAsync("segment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Edit segment Tour persons" }).WaitForAsync();
        await StopAsync("segment-edit");
        await VisitAsync("segments", "/segments");
        await VisitAsync("statistics", "/statistics");
    }

    // The bulk actions: the confirmation, the bar again with its field messages, and the page of a run.
    private async Task BulkStopsAsync(HttpClient api)
    {
        var page = _page;
        await page.GotoAsync("/contacts");
        await page.Locator("[data-bulk-row]").First.CheckAsync();
        await page.GetByLabel("Action").SelectOptionAsync("AddCategory");
        await page.GetByLabel("Category to add or remove").SelectOptionAsync("VIP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue…" }).ClickAsync();
        await page.GetByTestId("bulk-question").WaitForAsync();
        await StopAsync("bulk-confirm");

        await page.GotoAsync("/contacts");
        await page.Locator("[data-bulk-row]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue…" }).ClickAsync();
        await page.Locator("#bulkAction-error").WaitForAsync();
        await StopAsync("bulk-refused");

        // More contacts than an action does at once, so the check becomes a run (it changes nothing).
        var rows = string.Join('\n', Enumerable.Range(0, ContactHub.Contacts.Bulk.BulkActionService.InlineLimit + 1).Select(i => $$"""{"kind":"company","companyName":"Tour {{i}} AG"}"""));
        (await api.PostAsync("/api/v1/imports", new StringContent(rows, System.Text.Encoding.UTF8, "application/x-ndjson"))).EnsureSuccessStatusCode();
        var started = await api.PostAsync("/api/v1/contacts/bulk-actions",
            new StringContent("""{"action":"checkReachability","notificationType":"newsletter","filter":{"kind":"company"}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        var run = started.Headers.Location!.OriginalString;
        for (var tries = 0; !(await api.GetStringAsync(run)).Contains("\"succeeded\"", StringComparison.Ordinal); tries++)
        {
            Assert.True(tries < 300, "The tour's bulk run did not finish.");
            await Task.Delay(100);
        }

        await VisitAsync("bulk-run", run.Replace("/api/v1/runs/", "/contacts/bulk/", StringComparison.Ordinal));
    }

    private async Task VisitAsync(string stop, string path)
    {
        await _page.GotoAsync(path);
        await StopAsync(stop);
    }

    private async Task StopAsync(string stop)
    {
        await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await _page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await _atEachStop(stop, _journey);
    }
}
