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
    /// <summary>How many of the newest entries <see cref="RecentAsync"/> looks through at most.</summary>
    public const int RecentLookBack = 20_000;

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
    /// of a relation or company link to a hidden contact. The entries are read newest first along the (organisation,
    /// time, id) index in growing windows, and the contacts of each window checked in one query: with the visibility
    /// test inside one query, SQLite's planner walked the contacts instead of the index. At most
    /// <see cref="RecentLookBack"/> entries are read, so a caller who may see few of the contacts changed lately gets
    /// fewer rows rather than a slow page.
    /// </summary>
    public async Task<IReadOnlyList<RecentChange>> RecentAsync(int count, CancellationToken ct)
    {
        var rows = new List<AuditEntry>();
        var read = 0;
        var window = count * 4;
        AuditEntry? last = null;
        while (rows.Count < count && read < RecentLookBack)
        {
            var entries = db.AuditEntries.AsNoTracking().Where(a => a.ContactId != null);
            if (last is { } after)
            {
                entries = entries.Where(a => a.OccurredAt < after.OccurredAt || (a.OccurredAt == after.OccurredAt && a.Id.CompareTo(after.Id) < 0));
            }

            var batch = await entries.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(window).ToListAsync(ct);
            var ids = batch.Select(a => a.ContactId!.Value).Distinct().ToList();
            var visible = (await db.Contacts.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
            rows.AddRange(batch.Where(a => visible.Contains(a.ContactId!.Value)));
            read += batch.Count;
            if (batch.Count < window)
            {
                break;
            }

            last = batch[^1];
            window = Math.Min(window * 4, RecentLookBack - read);
        }

        var newest = rows.Take(count).ToList();
        var shown = (await HistoryVisibility.WithoutHiddenLinksAsync(db, [.. newest.Select(EntryOf)], ct)).Select(e => e.Id).ToHashSet();
        return [.. newest.Where(a => shown.Contains(a.Id)).Select(a => new RecentChange(a.ContactId!.Value, EntryOf(a)))];
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
