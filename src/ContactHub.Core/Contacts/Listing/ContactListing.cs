using System.Buffers.Text;
using System.Text;
using ContactHub.Common;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Listing;

/// <summary>
/// Keyset paging over a filtered contact query. A cursor holds the sort key of a row (its id, plus its folded name
/// when sorted by name), so each page is one index range scan however deep the caller pages. The quick search is
/// handed what it needs (the filtered contacts, or a position and a reader of contacts by id) and never calls back.
/// </summary>
internal static class ContactListing
{
    public const int MaxPageSize = 200;

    /// <param name="search">The quick search, if any: it decides how its matches are read in the asked order.</param>
    public static async Task<ContactPage> PageAsync(IQueryable<Contact> contacts, QuickSearch? search, ContactQuery query, ReadRules rules, DateOnly today, CancellationToken ct)
    {
        var filtered = contacts;
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        var backwards = query.Before is not null;
        var cursor = Decode(backwards ? query.Before : query.Cursor, backwards ? "before" : "cursor");

        // Going back reads the rows before the cursor in reverse order, then turns them round.
        var ascending = query.Descending == backwards;
        var read = (IQueryable<Contact> ordered, int count) => ordered
            .Take(count)
            .Select(c => new
            {
                c.Id, c.Kind, c.FirstName, c.MiddleName, c.LastName, c.CompanyName, c.ReferenceCode,
                PrimaryEmail = c.Emails.Where(e => e.IsActive).OrderBy(e => e.Id).Select(e => e.Address).FirstOrDefault(),
                PrimaryPhone = c.Phones.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.E164).FirstOrDefault(),
                c.Version, c.UpdatedAt, HasNotes = c.Notes != null && c.Notes != "", c.CreatedAt,
                c.IsBlocked, c.ValidUntil, c.Confidentiality, c.AccountReference, c.NameKey,
            })
            .ToListAsync(ct);
        if (cursor is { } position)
        {
            contacts = Beyond(contacts, query.Sort, position, ascending);
        }

        // A quick search in name order reads its matches window by window from indexes in that order; in the order
        // of creation it is one more filter.
        var found = search is null ? await read(Order(contacts, query.Sort, ascending, givenIds: false), limit + 1)
            : query.Sort == ContactSort.Name ? await search.ReadInNameOrderAsync(
                cursor, ascending, limit + 1, (ids, count) => read(Order(contacts.Where(c => EF.Parameter(ids).Contains(c.Id)), query.Sort, ascending, givenIds: true), count), ct)
            : await read(Order(await search.FilterAsync(contacts, ct), query.Sort, ascending, givenIds: false), limit + 1);
        var complete = await CompleteAsync(filtered, [.. found.Select(c => c.Id)], rules.Completeness, ct);
        var nameOrder = rules.NameOrder;
        // Names are formatted here, by the organisation's rule, rather than stored in one fixed order.
        var rows = found.Select(c => new Row(
            new ContactSummary(
                c.Id, c.Kind, NameFormatter.Format(nameOrder, c.Kind, c.FirstName, c.MiddleName, c.LastName, c.CompanyName, NameFormatter.Fallback(c.PrimaryEmail, c.PrimaryPhone)), c.ReferenceCode,
                c.PrimaryEmail, c.Version, c.UpdatedAt, c.HasNotes, c.CreatedAt, c.IsBlocked, c.ValidUntil < today, c.Confidentiality,
                LifeCycles.Of(c.AccountReference), complete.Contains(c.Id) ? ContactStatus.Complete : ContactStatus.Draft),
            c.NameKey)).ToList();
        var more = rows.Count > limit;
        var page = rows.Take(limit).ToList();
        if (backwards)
        {
            page.Reverse();
        }

        string? CursorOf(Row row) => Encode(row, query.Sort);
        var next = backwards || more ? page.LastOrDefault() : null;
        var previous = backwards ? (more ? page.FirstOrDefault() : null) : (cursor is null ? null : page.FirstOrDefault());
        return new ContactPage(
            [.. page.Select(r => r.Summary)],
            next is null ? null : CursorOf(next),
            previous is null ? null : CursorOf(previous));
    }

    // The status rule is an expression over the contact and its parts; asked for the page's ids only, it is a key lookup.
    private static async Task<HashSet<Guid>> CompleteAsync(IQueryable<Contact> contacts, List<Guid> ids, CompletenessRules rules, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : [.. await contacts.Where(c => ids.Contains(c.Id)).Where(rules.Where(ContactStatus.Complete)).Select(c => c.Id).ToListAsync(ct)];

    private static IQueryable<Contact> Beyond(IQueryable<Contact> contacts, ContactSort sort, KeysetPosition p, bool ascending) => (sort, ascending) switch
    {
        (ContactSort.Name, _) => contacts.Where(NameKeyset.Beyond<Contact>(c => c.NameKey, c => c.Id, p, ascending)),
        (_, true) => contacts.Where(c => c.Id.CompareTo(p.Id) > 0),
        _ => contacts.Where(c => c.Id.CompareTo(p.Id) < 0),
    };

    // Sorting given ids by name: the engine's planner spreads the ids evenly over the name index and, expecting to
    // meet a page of them soon, walks that index in order; when they share a name (a frequent surname), it walks
    // most of it. Ordering by the name joined to nothing is the same order, but no index has it, so the ids are looked
    // up and sorted, far cheaper (BENCHMARKS.md has the figures). Other lists keep the index order.
    private static IQueryable<Contact> Order(IQueryable<Contact> contacts, ContactSort sort, bool ascending, bool givenIds) => (sort, ascending, givenIds) switch
    {
        (ContactSort.Name, true, true) => contacts.OrderBy(c => c.NameKey + "").ThenBy(c => c.Id),
        (ContactSort.Name, false, true) => contacts.OrderByDescending(c => c.NameKey + "").ThenByDescending(c => c.Id),
        (ContactSort.Name, true, _) => contacts.OrderBy(c => c.NameKey).ThenBy(c => c.Id),
        (ContactSort.Name, false, _) => contacts.OrderByDescending(c => c.NameKey).ThenByDescending(c => c.Id),
        (_, true, _) => contacts.OrderBy(c => c.Id),
        _ => contacts.OrderByDescending(c => c.Id),
    };

    // 16 bytes of id (what the API has always returned), then the folded name when the list is sorted by name.
    private static string Encode(Row row, ContactSort sort)
    {
        var id = row.Summary.Id.ToByteArray(bigEndian: true);
        return Base64Url.EncodeToString(sort == ContactSort.Name ? [.. id, .. Encoding.UTF8.GetBytes(row.NameKey)] : id);
    }

    private static KeysetPosition? Decode(string? cursor, string field)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            return bytes.Length >= 16
                ? new KeysetPosition(new Guid(bytes.AsSpan(0, 16), bigEndian: true), Encoding.UTF8.GetString(bytes.AsSpan(16)))
                : throw new FormatException();
        }
        catch (FormatException)
        {
            throw ValidationFailedException.For(field, "The cursor is not one this API returned.");
        }
    }

    private sealed record Row(ContactSummary Summary, string NameKey);
}
