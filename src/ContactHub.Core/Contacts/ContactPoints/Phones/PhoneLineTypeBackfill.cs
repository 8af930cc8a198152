using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.ContactPoints.Phones;

/// <summary>
/// Classifies the phone numbers stored before they had a line type. Start-up runs it once, right after the migration
/// that added the column: the work is libphonenumber's (<see cref="PhoneNumber.LineTypeOf"/>), which no SQL can repeat.
/// A number that today's plans no longer accept stays <see cref="PhoneLineType.Unknown"/>.
/// </summary>
public static class PhoneLineTypeBackfill
{
    /// <summary>The migration that added the column; its name is the same for both providers.</summary>
    public const string Migration = "PhoneLineTypeAndExtension";

    private const int PageSize = 2_000;

    /// <returns>How many numbers got a line type.</returns>
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        var classified = 0;
        Guid? after = null;
        while (true)
        {
            // By id, not "while any is unknown": the numbers that stay unknown would be read again forever.
            var page = await db.ContactPhones.IgnoreQueryFilters()
                .Where(p => p.LineType == PhoneLineType.Unknown && (after == null || p.Id.CompareTo(after.Value) > 0))
                .OrderBy(p => p.Id).Take(PageSize)
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                return classified;
            }

            foreach (var phone in page)
            {
                phone.Classify();
                classified += phone.LineType == PhoneLineType.Unknown ? 0 : 1;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = page[^1].Id;
        }
    }
}
