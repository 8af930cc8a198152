using System.Text.Json;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Audit;

public sealed record FieldChange(string Field, JsonElement? Old, JsonElement? New);

public sealed record HistoryEntry(
    Guid Id, DateTime OccurredAt, string EntityType, string EntityId, AuditAction Action, ActorKind ActorKind, Guid? ActorId, string ActorName, string Source,
    IReadOnlyList<FieldChange> Changes);

/// <summary>One entry of the organisation's recent changes, with the contact it belongs to.</summary>
public sealed record RecentChange(Guid ContactId, HistoryEntry Entry);

/// <summary>Reads a contact's audit trail over a time frame, newest first.</summary>
public sealed class HistoryService(AppDbContext db)
{
    public const int MaxEntries = 1000;

    public async Task<IReadOnlyList<HistoryEntry>> ForContactAsync(Guid contactId, DateTime? from, DateTime? to, CancellationToken ct)
    {
        if (from > to)
        {
            throw ValidationFailedException.For("from", "'from' must not be after 'to'.");
        }

        // History of a deleted contact stays readable; a contact never seen in this organisation, or one above
        // the caller's clearance (now, or when it was deleted), is unknown.
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.ContactId == contactId);
        if (!await entries.AnyAsync(ct) || (await HistoryVisibility.HiddenAsync(db, [contactId], ct)).Count > 0)
        {
            throw new NotFoundException("The contact");
        }

        return await HistoryVisibility.WithoutHiddenLinksAsync(db, await ReadAsync(entries, from, to, ct), ct);
    }

    /// <summary>The changes of the contact definition (entries without a contact: rules, lists, purposes, types), newest first.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ForDefinitionAsync(DateTime? from, DateTime? to, CancellationToken ct)
    {
        if (from > to)
        {
            throw ValidationFailedException.For("from", "'from' must not be after 'to'.");
        }

        return await ReadAsync(db.AuditEntries.AsNoTracking().Where(a => a.ContactId == null), from, to, ct);
    }

    /// <summary>
    /// The organisation's newest entries on contacts the caller may see now (the dashboard's recent changes), newest
    /// first. A deleted contact's entries are left out (its page is gone), and, as in a contact's history, an entry
    /// of a relation or company link to a hidden contact.
    /// </summary>
    public async Task<IReadOnlyList<RecentChange>> RecentAsync(int count, CancellationToken ct)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ContactId != null && db.Contacts.Any(c => c.Id == a.ContactId))
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(count)
            .ToListAsync(ct);
        var shown = (await HistoryVisibility.WithoutHiddenLinksAsync(db, [.. rows.Select(EntryOf)], ct)).Select(e => e.Id).ToHashSet();
        return [.. rows.Where(a => shown.Contains(a.Id)).Select(a => new RecentChange(a.ContactId!.Value, EntryOf(a)))];
    }

    private static async Task<IReadOnlyList<HistoryEntry>> ReadAsync(IQueryable<AuditEntry> entries, DateTime? from, DateTime? to, CancellationToken ct)
    {
        if (from is { } start)
        {
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(a => a.OccurredAt <= end);
        }

        var rows = await entries.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(MaxEntries).ToListAsync(ct);
        return [.. rows.Select(EntryOf)];
    }

    private static HistoryEntry EntryOf(AuditEntry a) => new(
        a.Id, a.OccurredAt, a.EntityType, a.EntityId, a.Action, a.ActorKind, a.ActorId, a.ActorName, a.Source,
        JsonSerializer.Deserialize<List<FieldChange>>(a.Changes, JsonSerializerOptions.Web) ?? []);

    /// <summary>Who changed the contact last and when: explains a stale-version conflict to the one who lost it.</summary>
    public async Task<(string ActorName, DateTime OccurredAt)?> LatestChangeAsync(Guid contactId, CancellationToken ct)
    {
        var latest = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ContactId == contactId)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Select(a => new { a.ActorName, a.OccurredAt })
            .FirstOrDefaultAsync(ct);
        return latest is null ? null : (latest.ActorName, latest.OccurredAt);
    }
}
