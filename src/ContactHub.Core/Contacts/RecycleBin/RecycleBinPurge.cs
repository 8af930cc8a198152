using ContactHub.Data;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.RecycleBin;

/// <summary>
/// The purge run: removes for good, a batch at a time, the organisation's contacts that have been in the recycle bin
/// longer than <see cref="RecycleBinService.RetentionPeriod"/>, with their parts. It saves through the data context, so
/// the audit trail records each removal (source <c>run:&lt;id&gt;</c>) and keeps every earlier entry: the history of a
/// purged contact stays readable. Relations and company links of other contacts that point at a purged contact are
/// removed explicitly first, so those contacts' histories say so too (a cascade in the database would not).
/// Queued daily by <see cref="RecycleBinPurgeSchedule"/>.
/// </summary>
public sealed class RecycleBinPurge(AppDbContext db, TimeProvider clock) : IRunKind
{
    public const string KindKey = "recycle-bin-purge";
    public const int BatchSize = 200;

    public string Key => KindKey;

    public string Name => "Recycle bin purge";

    public async Task ExecuteAsync(RunContext run, CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime - RecycleBinService.RetentionPeriod;
        var due = RecycleBinService.Deleted(db).Where(c => c.DeletedAt < before);
        var total = await due.CountAsync(ct);
        long purged = 0;
        while (true)
        {
            var batch = await ContactStore.WithParts(due).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(c => c.Id).ToList();
            db.RemoveRange(await db.ContactRelations.Where(r => ids.Contains(r.RelatedContactId) && !ids.Contains(r.ContactId)).ToListAsync(ct));
            db.RemoveRange(await db.CompanyLinks.Where(l => ids.Contains(l.CompanyId) && !ids.Contains(l.PersonId)).ToListAsync(ct));
            db.Contacts.RemoveRange(batch);
            purged += batch.Count;

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await run.ReportAsync(total == 0 ? 1 : (double)purged / total, purged, purged, 0, ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }

        await run.ReportAsync(1, purged, purged, 0, ct);
    }
}
