using System.Text.Json;
using ContactHub.Access;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Audit;

/// <summary>
/// Which contacts' history the caller may read: a contact above the caller's clearance does not exist for it, also
/// once deleted (its history outlives it). A live contact's level is on its row; a deleted one's is the old value its
/// deletion entry recorded (every field's). A contact gone without such an entry counts as hidden: when in doubt, nothing shows.
/// </summary>
internal static class HistoryVisibility
{
    private const string ConfidentialityField = "confidentiality";

    // The entries of a contact part that points at another contact, and the field naming that contact. The contact view
    // leaves such a link out when the other side is hidden; the history does the same.
    private static readonly Dictionary<string, string> OtherEnd = new(StringComparer.Ordinal)
    {
        ["relation"] = "relatedContactId",
        ["companyLink"] = "companyId",
    };

    /// <summary>The ones of <paramref name="contactIds"/> the caller may not see, live or deleted.</summary>
    public static async Task<HashSet<Guid>> HiddenAsync(AppDbContext db, IReadOnlyCollection<Guid> contactIds, CancellationToken ct)
    {
        if (contactIds.Count == 0)
        {
            return [];
        }

        var (organisationId, clearance) = (db.Caller.OrganisationId, db.Caller.Clearance);
        var live = await db.Contacts.Bypassing(FilterBypass.ClearanceCheck)
            .Where(c => c.OrganisationId == organisationId && contactIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Confidentiality })
            .ToListAsync(ct);
        var hidden = live.Where(c => c.Confidentiality > clearance).Select(c => c.Id).ToHashSet();
        List<Guid?> gone = [.. contactIds.Except(live.Select(c => c.Id)).Select(id => (Guid?)id)];
        if (gone.Count == 0)
        {
            return hidden;
        }

        var deletions = await db.AuditEntries.AsNoTracking()
            .Where(a => gone.Contains(a.ContactId) && a.EntityType == "contact" && a.Action == AuditAction.Deleted)
            .Select(a => new { a.ContactId, a.Changes })
            .ToListAsync(ct);
        foreach (var id in gone)
        {
            var level = deletions.Where(d => d.ContactId == id).Select(d => LevelIn(d.Changes)).FirstOrDefault();
            if (level is null || level > clearance)
            {
                hidden.Add(id!.Value);
            }
        }

        return hidden;
    }

    /// <summary>The entries without those that link to a contact the caller may not see.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>> WithoutHiddenLinksAsync(AppDbContext db, IReadOnlyList<HistoryEntry> entries, CancellationToken ct)
    {
        var others = entries.SelectMany(OthersOf).ToHashSet();
        var hidden = await HiddenAsync(db, others, ct);
        return hidden.Count == 0 ? entries : [.. entries.Where(e => !OthersOf(e).Any(hidden.Contains))];
    }

    private static IEnumerable<Guid> OthersOf(HistoryEntry entry) =>
        OtherEnd.TryGetValue(entry.EntityType, out var field)
            ? entry.Changes.Where(c => c.Field == field).SelectMany(c => new[] { c.Old, c.New })
                .Where(v => v?.ValueKind == JsonValueKind.String).Select(v => v!.Value.TryGetGuid(out var id) ? id : (Guid?)null).OfType<Guid>()
            : [];

    private static Clearance? LevelIn(string changes)
    {
        var recorded = JsonSerializer.Deserialize<List<FieldChange>>(changes, JsonSerializerOptions.Web) ?? [];
        var old = recorded.Find(c => c.Field == ConfidentialityField)?.Old;
        return old?.ValueKind == JsonValueKind.String && Enum.TryParse<Clearance>(old.Value.GetString(), ignoreCase: true, out var level) ? level : null;
    }
}
