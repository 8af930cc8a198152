using ContactHub.Common;
using ContactHub.Contacts.Listing;
using ContactHub.Web.Api.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

public enum SearchField
{
    /// <summary>The quick search: name with a typo, e-mail prefix, phone digits or reference code, by what was typed.</summary>
    Anything,
    Name,
    Email,
    ReferenceCode,
}

/// <summary>
/// The contacts list: quick search, filters, sortable columns and keyset paging, all through
/// <see cref="ContactListService.ListAsync"/>. Its query string is the API's (<see cref="ContactListRequest"/>), read the
/// same way; the page adds only where the search box looks (<see cref="In"/>).
/// </summary>
public sealed class IndexModel(
    ContactListService contacts, Definitions.ConsentDefinitionService definition, Definitions.Lists.ListDefinitionService lists, ContactHub.Access.CallerContext caller,
    ContactHub.CustomFields.CustomFieldDefinitionService customFields, ContactHub.Access.OperatorPreferenceService preferences, Display.OperatorClock clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Counted exactly up to here; beyond, the list says "10,000+" rather than read every row for a number.</summary>
    public const int CountCap = 10_000;

    // The filters as the form names them, for the chips of the active ones; paging and order are not filters.
    private static readonly Dictionary<string, string> FilterLabels = new(StringComparer.Ordinal)
    {
        ["name"] = "Name starts with", ["kind"] = "Kind", ["category"] = "Category", ["email"] = "E-mail", ["referenceCode"] = "Reference code",
        ["allowedChannel"] = "Allows channel", ["preferredChannel"] = "Preferred channel", ["consent"] = "Consent", ["includeInvalid"] = "With invalid contacts",
        ["status"] = "Status", ["lifeCycle"] = "Life cycle", ["accessibilityNeed"] = "Accessibility need", ["confidentiality"] = "Confidentiality",
        ["blocked"] = "Blocked", ["hasEmail"] = "E-mail address", ["hasPhone"] = "Phone number", ["country"] = "Country",
        ["hasAddress"] = "Postal address", ["postalCodeFrom"] = "Postal code from", ["postalCodeTo"] = "Postal code to", ["linkedCompany"] = "Acts for company",
        ["createdFrom"] = "Added from", ["createdTo"] = "Added before", ["updatedFrom"] = "Updated from", ["updatedTo"] = "Updated before",
        ["interactionWithinDays"] = "Contacted in the last days",
    };

    /// <summary>The list's parameters, under the same names as in <c>GET /api/v1/contacts</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public ContactListRequest Filter { get; set; } = new();

    /// <summary>Where the search box (the request's <c>q</c>) looks: the quick search, or one field exactly.</summary>
    [BindProperty(SupportsGet = true)]
    public SearchField In { get; set; }

    /// <summary>The list as read from <see cref="Filter"/>: its order and direction drive the column links.</summary>
    public ContactQuery Query { get; private set; } = new(Sort: ContactSort.Name, Limit: PageSize);

    /// <summary>The confidentiality levels the operator may see, the only ones offered as a filter.</summary>
    public IEnumerable<ContactHub.Access.Clearance> VisibleLevels => ContactHub.Access.Grants.ClearancesFor(caller.Current);

    public ContactPage Results { get; private set; } = new([], null);

    /// <summary>The optional columns offered and the ones the operator chose (<see cref="ListColumns"/>).</summary>
    public ListColumns Columns { get; private set; } = ListColumns.None;

    /// <summary>What the shown optional columns need of each row, read for the page's rows only.</summary>
    public IReadOnlyDictionary<Guid, ContactRowDetails> Details { get; private set; } = new Dictionary<Guid, ContactRowDetails>();

    /// <summary>How many contacts match, up to <see cref="CountCap"/>.</summary>
    public ContactCount? Count { get; private set; }

    public string? SearchError { get; private set; }

    public IReadOnlyList<Consent.ConsentPurposeView> Purposes { get; private set; } = [];

    /// <summary>The definition's categories, archived ones last (contacts may still carry them).</summary>
    public IReadOnlyList<Definitions.Lists.ListEntryView> Categories { get; private set; } = [];

    /// <summary>The bulk actions' choices (<c>_BulkActionBar</c>): the notification types a reachability check can be for.</summary>
    public IReadOnlyList<Consent.NotificationTypeView> NotificationTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = WithOlderNames(Filter);
        Purposes = await definition.PurposesAsync(ct);
        Categories = (await lists.GetAsync(Definitions.Lists.DefinitionList.Categories, ct)).Entries;
        NotificationTypes = await definition.NotificationTypesAsync(ct);
        Columns = await ColumnsAsync(ct);
        try
        {
            Query = ToQuery();
            Results = await contacts.ListAsync(Query, ct);
            Count = await contacts.CountAsync(Query, CountCap, ct);
            Details = await contacts.DetailsAsync([.. Results.Items.Select(c => c.Id)], Columns.Details, ct);
        }
        catch (ValidationFailedException e)
        {
            SearchError = string.Join(" ", e.Errors.SelectMany(x => x.Value));
        }
    }

    /// <summary>Keeps the operator's choice of columns (ticked: shown) and goes back to the list as it was.</summary>
    public async Task<IActionResult> OnPostColumnsAsync(List<string>? columns, string? returnQuery, CancellationToken ct)
    {
        var offered = await ColumnsAsync(ct);
        await preferences.SetListColumnsAsync(offered.ChoiceOf(columns ?? []), ct);
        // Only a query string is taken back, so the redirect cannot leave the list.
        var query = returnQuery is ['?', ..] && !returnQuery.Contains('#', StringComparison.Ordinal) ? returnQuery : string.Empty;
        return this.RedirectWithMessage("/contacts" + query, "Columns saved.");
    }

    /// <summary>The row's details for the optional columns (empty when none of them is shown).</summary>
    public ContactRowDetails DetailsOf(Guid id) => Details.GetValueOrDefault(id) ?? ContactRowDetails.None;

    /// <summary>Whether a filter's value (as given, any case) is this option, for the form's selects.</summary>
    public static bool Is(string? value, object option) => string.Equals(value?.Trim(), option.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The current filters with some values replaced; paging cursors are dropped unless given.</summary>
    public string LinkWith(ContactSort? sort = null, bool? desc = null, string? after = null, string? before = null)
    {
        var values = new RouteValueDictionary(Filter.Values())
        {
            ["in"] = In == SearchField.Anything ? null : In.ToString(),
            ["sort"] = (sort ?? Query.Sort).ToString(),
            ["descending"] = desc ?? Query.Descending ? "true" : null,
            ["cursor"] = after,
            ["before"] = before,
            ["limit"] = null,
        };
        return Url.Page("/Contacts/Index", values)!;
    }

    /// <summary>Where the bulk action bar posts (<see cref="BulkModel"/>): the bulk page with the list's search and filters.</summary>
    public string BulkUrl
    {
        get
        {
            var values = new RouteValueDictionary(Filter.Values()) { ["cursor"] = null, ["before"] = null, ["limit"] = null, ["sort"] = null, ["descending"] = null };
            values["in"] = In == SearchField.Anything ? null : In.ToString();
            return Url.Page("/Contacts/Bulk", values)!;
        }
    }

    /// <summary>The action bar above the rows: the definition's categories and notification types, and how many match.</summary>
    public BulkActionBar Bar => new(Categories, NotificationTypes,
        Count?.ToString() ?? string.Empty);

    /// <summary>The filters in force, each with the link that drops it (the chips above the results).</summary>
    public IEnumerable<(string Label, string Value, string Without)> ActiveFilters() =>
        from pair in Filter.Values()
        where FilterLabels.ContainsKey(pair.Key)
        select (FilterLabels[pair.Key], pair.Key == "includeInvalid" ? "yes" : (string)pair.Value!, LinkWithout(pair.Key));

    /// <summary>"1,234 contacts" or "10,000+ contacts".</summary>
    public string CountText => Count is not { } count ? string.Empty
        : $"{count} {(count.Value == 1 && !count.AtLeast ? "contact" : "contacts")}";

    private string LinkWithout(string name)
    {
        var values = new RouteValueDictionary(Filter.Values()) { [name] = null, ["cursor"] = null, ["before"] = null, ["limit"] = null };
        values["in"] = In == SearchField.Anything ? null : In.ToString();
        return Url.Page("/Contacts/Index", values)!;
    }

    /// <summary>Clicking the sorted column again reverses it.</summary>
    public string SortLink(ContactSort column) => LinkWith(column, column == Query.Sort && !Query.Descending);

    public string SortMark(ContactSort column) => column != Query.Sort ? string.Empty : Query.Descending ? " ↓" : " ↑";

    public string? AriaSort(ContactSort column) => column != Query.Sort ? null : Query.Descending ? "descending" : "ascending";

    private async Task<ListColumns> ColumnsAsync(CancellationToken ct) =>
        ListColumns.Of(await customFields.ListAsync(includeArchived: false, ct), clock.Preferences.ListColumns);

    // A date in a date picker is a day in the operator's zone, as the list's dates are; a date-time stays as given.
    private static DateTimeOffset? DayStart(Display.OperatorClock clock, string? value, DateTimeOffset? parsed) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? clock.StartOf(day)
            : parsed;

    // The search box is the quick search, or — chosen under "Search in" — one field matched exactly; the page shows
    // pages of its own size, sorted by name unless asked otherwise.
    private ContactQuery ToQuery() => QueryOf(Filter, In, clock) with { Criteria = ContactListRequest.CriterionFilters(Request.Query) };

    /// <summary>
    /// The list's query from its parameters, where the search box looks and the operator's clock (for the days of the
    /// date filters); the bulk actions read the same filter.
    /// </summary>
    public static ContactQuery QueryOf(ContactListRequest filter, SearchField searchIn, Display.OperatorClock clock)
    {
        var text = string.IsNullOrWhiteSpace(filter.Q) ? null : filter.Q;
        // An address is searched as an address even when the operator forgot to switch the field.
        var field = searchIn == SearchField.Name && text?.Contains('@', StringComparison.Ordinal) == true ? SearchField.Email : searchIn;
        var query = (filter with { Q = null, Limit = null }).ToQuery(ContactSort.Name);
        return query with
        {
            Limit = PageSize,
            Search = field == SearchField.Anything ? text : null,
            Name = field == SearchField.Name ? text : query.Name,
            Email = field == SearchField.Email ? text : query.Email,
            ReferenceCode = field == SearchField.ReferenceCode ? text : query.ReferenceCode,
            CreatedFrom = DayStart(clock, filter.CreatedFrom, query.CreatedFrom),
            CreatedTo = DayStart(clock, filter.CreatedTo, query.CreatedTo),
            UpdatedFrom = DayStart(clock, filter.UpdatedFrom, query.UpdatedFrom),
            UpdatedTo = DayStart(clock, filter.UpdatedTo, query.UpdatedTo),
        };
    }

    // Links made before the page took the API's names (bookmarks, the browser's history) keep working; the page's
    // own links and form use the new names.
    private ContactListRequest WithOlderNames(ContactListRequest filter) => filter with
    {
        IncludeInvalid = filter.IncludeInvalid ?? Older("invalid"),
        AllowedChannel = filter.AllowedChannel ?? Older("channel"),
        Cursor = filter.Cursor ?? Older("after"),
        Descending = filter.Descending ?? Older("desc"),
    };

    private string? Older(string name) => Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
}
