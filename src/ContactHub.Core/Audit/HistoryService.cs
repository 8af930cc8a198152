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
        // the caller's clearance, is unknown. The clearance check sees contacts in the recycle bin (FilterBypass).
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.ContactId == contactId);
        var stored = await db.Contacts.Bypassing(FilterBypass.ClearanceCheck)
            .Where(c => c.Id == contactId && c.OrganisationId == db.Caller.OrganisationId).Select(c => (Clearance?)c.Confidentiality).FirstOrDefaultAsync(ct);
        var level = stored ?? await PurgedLevelAsync(entries, ct);
        if (level > db.Caller.Clearance || !await entries.AnyAsync(ct))
        {
            throw new NotFoundException("The contact");
        }

        return await ReadAsync(entries, from, to, ct);
    }

    /// <summary>
    /// The confidentiality of a contact removed for good (purged from the recycle bin), from the entry that recorded its
    /// removal: that entry holds every field's last value. Without one (nothing removed), free.
    /// </summary>
    private static async Task<Clearance> PurgedLevelAsync(IQueryable<AuditEntry> entries, CancellationToken ct)
    {
        var removal = await entries.Where(a => a.EntityType == "contact" && a.Action == AuditAction.Deleted)
            .OrderByDescending(a => a.OccurredAt).Select(a => a.Changes).FirstOrDefaultAsync(ct);
        var level = removal is null ? null : JsonSerializer.Deserialize<List<FieldChange>>(removal, JsonSerializerOptions.Web)?
            .FirstOrDefault(c => c.Field == "confidentiality")?.Old?.GetString();
        return Enum.TryParse<Clearance>(level, ignoreCase: true, out var parsed) ? parsed : Clearance.Free;
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
        return [.. rows.Select(a => new HistoryEntry(
            a.Id, a.OccurredAt, a.EntityType, a.EntityId, a.Action, a.ActorKind, a.ActorId, a.ActorName, a.Source,
            JsonSerializer.Deserialize<List<FieldChange>>(a.Changes, JsonSerializerOptions.Web) ?? []))];
    }

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
