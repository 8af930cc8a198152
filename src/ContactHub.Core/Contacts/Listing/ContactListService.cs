using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// How many contacts the list's filters and search match, counted up to <paramref name="cap"/>: past it the answer
    /// is "more than <paramref name="cap"/>" (<see cref="ContactCount.AtLeast"/>), so a count never reads the whole
    /// table to say "1,000,000" where "10,000+" tells the operator the same. Paging and order do not count.
    /// </summary>
    public async Task<ContactCount> CountAsync(ContactQuery query, int cap, CancellationToken ct)
    {
        var filtered = await MatchingAsync(query, ct);
        var count = await filtered.Take(cap + 1).CountAsync(ct);
        return ContactCount.Capped(count, cap);
    }

    /// <summary>
    /// Every contact the list's filters and search match, unordered and unpaged: what the count counts and what a bulk
    /// action on the whole filtered result walks (<see cref="Bulk.BulkActionService"/>).
    /// </summary>
    public async Task<IQueryable<Contact>> MatchingAsync(ContactQuery query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rules = await db.ReadRulesAsync(ct);
        var filtered = await ContactFilters.ApplyAsync(db, query with { Cursor = null, Before = null }, rules, today, ct);
        return query.Search is null ? filtered : await QuickSearch.Of(db, query.Search).FilterAsync(filtered, ct);
    }
}
