using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Search;

/// <summary>
/// Fills the quick-search columns of contacts stored before they existed: the name keys and the reversed phone
/// digits. Start-up runs it once, right after the migration that added them; the work is plain C#
/// (<see cref="NameVariants"/>), which neither SQLite nor PostgreSQL SQL could repeat exactly.
/// </summary>
public static class SearchIndexBackfill
{
    /// <summary>The migration that added the columns; its name is the same for both providers.</summary>
    public const string Migration = "QuickSearch";

    private const int PageSize = 2_000;

    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        var contacts = 0;
        Guid? after = null;
        while (true)
        {
            var page = await db.Contacts.IgnoreQueryFilters().AsNoTracking()
                .Where(c => after == null || c.Id.CompareTo(after.Value) > 0)
                .OrderBy(c => c.Id).Take(PageSize)
                .Select(c => new { c.Id, c.OrganisationId, c.NameKey })
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }

            db.AddRange(page.SelectMany(c => SearchKeys.For(c.OrganisationId, c.Id, c.NameKey)));
            await SaveAsync(db, ct);
            contacts += page.Count;
            after = page[^1].Id;
        }

        while (await db.ContactPhones.IgnoreQueryFilters().Where(p => p.ReversedDigits == "" && p.E164 != "").Take(PageSize).ToListAsync(ct) is { Count: > 0 } phones)
        {
            phones.ForEach(p => p.IndexDigits());
            await SaveAsync(db, ct);
        }

        return contacts;
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
