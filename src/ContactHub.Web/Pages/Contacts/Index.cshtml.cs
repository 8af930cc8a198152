using ContactHub.Common;
using ContactHub.Contacts;
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

/// <summary>The contacts list: quick search, filters, sortable columns and keyset paging, all through <see cref="ContactService.ListAsync"/>.</summary>
public sealed class IndexModel(
    ContactService contacts, Definitions.ConsentDefinitionService definition, Definitions.Lists.ListDefinitionService lists, ContactHub.Access.CallerContext caller) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public SearchField In { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContactKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public Consent.Channel? Channel { get; set; }

    /// <summary>"purpose:state", e.g. "direct-marketing:granted".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Consent { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Invalid { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContactStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public LifeCycle? LifeCycle { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContactHub.Access.Clearance? Confidentiality { get; set; }

    /// <summary>The confidentiality levels the operator may see, the only ones offered as a filter.</summary>
    public IEnumerable<ContactHub.Access.Clearance> VisibleLevels => Enum.GetValues<ContactHub.Access.Clearance>().Where(l => l <= caller.Current.Clearance);

    [BindProperty(SupportsGet = true)]
    public ContactSort Sort { get; set; } = ContactSort.Name;

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public ContactPage Results { get; private set; } = new([], null);

    public string? SearchError { get; private set; }

    public IReadOnlyList<Consent.ConsentPurposeView> Purposes { get; private set; } = [];

    /// <summary>The definition's categories, archived ones last (contacts may still carry them).</summary>
    public IReadOnlyList<Definitions.Lists.ListEntryView> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // An address is searched as an address even when the operator forgot to switch the field.
        var field = In == SearchField.Name && Q?.Contains('@', StringComparison.Ordinal) == true ? SearchField.Email : In;
        var query = new ContactQuery(
            Search: field == SearchField.Anything && !string.IsNullOrWhiteSpace(Q) ? Q : null,
            Name: field == SearchField.Name ? Q : null,
            Email: field == SearchField.Email ? Q : null,
            ReferenceCode: field == SearchField.ReferenceCode ? Q : null,
            Kind: Kind, Category: Category, Sort: Sort, Descending: Desc, Cursor: After, Before: Before, Limit: PageSize,
            AllowedChannel: Channel, IncludeInvalid: Invalid, Status: Status, LifeCycle: LifeCycle, Confidentiality: Confidentiality);
        if (Consent?.Split(':', 2) is [var purpose, var state])
        {
            query = query with { ConsentPurpose = purpose, ConsentGranted = state switch { "granted" => true, "withdrawn" => false, _ => null } };
        }

        Purposes = await definition.PurposesAsync(ct);
        Categories = (await lists.GetAsync(Definitions.Lists.DefinitionList.Categories, ct)).Entries;
        try
        {
            Results = await contacts.ListAsync(query, ct);
        }
        catch (ValidationFailedException e)
        {
            SearchError = string.Join(" ", e.Errors.SelectMany(x => x.Value));
        }
    }

    /// <summary>The current filters with some values replaced; paging cursors are dropped unless given.</summary>
    public string LinkWith(ContactSort? sort = null, bool? desc = null, string? after = null, string? before = null) =>
        Url.Page("/Contacts/Index", new
        {
            q = Q,
            @in = In == SearchField.Anything ? null : In.ToString(),
            kind = Kind?.ToString(),
            category = Category,
            channel = Channel?.ToString(),
            consent = Consent,
            invalid = Invalid ? "true" : null,
            status = Status?.ToString(),
            lifeCycle = LifeCycle?.ToString(),
            confidentiality = Confidentiality?.ToString(),
            sort = (sort ?? Sort).ToString(),
            desc = desc ?? Desc ? "true" : null,
            after,
            before,
        })!;

    /// <summary>Clicking the sorted column again reverses it.</summary>
    public string SortLink(ContactSort column) => LinkWith(column, column == Sort && !Desc);

    public string SortMark(ContactSort column) => column != Sort ? string.Empty : Desc ? " ↓" : " ↑";

    public string? AriaSort(ContactSort column) => column != Sort ? null : Desc ? "descending" : "ascending";
}
