using ContactHub.Data;

namespace ContactHub.Contacts.Listing;

/// <summary>
/// Lists contacts — the API's <c>GET /contacts</c>, the back-office list and the pickers on the contact page — as
/// pages in the asked order, continued by keyset cursors (never OFFSET, so deep pages stay fast). The filters are
/// <see cref="ContactFilters"/>; the quick search is <see cref="QuickSearch"/>, which the paging
/// (<see cref="ContactListing"/>) reads in the list's order.
/// </summary>
public sealed class ContactListService(AppDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = ContactListing.MaxPageSize;

    public async Task<ContactPage> ListAsync(ContactQuery query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rules = await db.ReadRulesAsync(ct);
        var search = query.Search is null ? null : QuickSearch.Of(db, query.Search);
        var filtered = await ContactFilters.ApplyAsync(db, query, rules, today, ct);
        return await ContactListing.PageAsync(filtered, search, query, rules, today, ct);
    }
}
