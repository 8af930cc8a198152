using ContactHub.Common;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts.Listing;
using ContactHub.Data;
using ContactHub.Definitions;
using ContactHub.Definitions.Lists;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Bulk;

/// <summary>Counters so far and the share done (0..1), after each batch.</summary>
public delegate Task BulkProgress(double progress, long scanned, long changed, long failed, CancellationToken ct);

/// <summary>
/// Applies a checked bulk action to its target, whether in the request (a small target) or in a run: the one code path.
/// The target is walked in id order, <see cref="BatchSize"/> contacts at a time (never all in memory); each contact
/// changes through the same entity rules as a single change (<see cref="ContactFields.Apply"/> for categories, the
/// recycle bin for a delete) and each batch is saved through the data context, so the save pipeline audits every
/// contact and bumps its version; the counters commit with their batch. A contact a rule refuses is counted and
/// listed, and the action goes on. Tenant and clearance hold because every read starts from <c>db.Contacts</c> as the
/// caller (in a run: the requester, with the clearance it had).
/// </summary>
public sealed class BulkActionWork(AppDbContext db, ContactListService list, ReachabilityService reachability, TimeProvider clock)
{
    public const int BatchSize = 500;

    private static readonly IReadOnlySet<string> CategoriesOnly = new HashSet<string>(StringComparer.Ordinal) { "categories" };

    /// <summary>The contacts the request reaches now: the selected ids the caller may see, or the list's result.</summary>
    public async Task<IQueryable<Contact>> TargetsAsync(BulkActionRequest request, CancellationToken ct)
    {
        if (request.Filter is { } filter)
        {
            return await list.MatchingAsync(filter, ct);
        }

        var ids = request.Ids ?? [];
        return db.Contacts.Where(c => ids.Contains(c.Id));
    }

    public async Task<BulkActionResult> ExecuteAsync(BulkActionRequest request, BulkProgress? progress, CancellationToken ct)
    {
        var targets = await TargetsAsync(request, ct);
        var total = await targets.CountAsync(ct);
        var tally = new Tally();
        var lists = await db.ListsAsync(ct);
        Guid? after = null;
        while (true)
        {
            var page = after is { } last ? targets.Where(c => c.Id.CompareTo(last) > 0) : targets;
            var done = request.Action == BulkAction.CheckReachability
                ? await CheckBatchAsync(request, page, tally, ct)
                : await ChangeBatchAsync(request, page, lists, tally, total, progress, ct);
            if (done is null)
            {
                break;
            }

            after = done;
            if (request.Action == BulkAction.CheckReachability && progress is not null)
            {
                await progress(Share(tally.Scanned, total), tally.Scanned, 0, 0, ct);
            }
        }

        if (progress is not null)
        {
            await progress(1, tally.Scanned, tally.Changed, tally.Failed, ct);
        }

        return tally.Result();
    }

    private static double Share(long scanned, int total) => total == 0 ? 1 : Math.Min(1, (double)scanned / total);

    // A rule of the definition, a uniqueness clash, or a concurrent change of the same contact.
    private static bool IsRefusal(Exception e) => e is ContactHubException or DbUpdateException;

    /// <summary>Decides one batch's reachability and counts the outcomes; the last id, or null when no contacts are left.</summary>
    private async Task<Guid?> CheckBatchAsync(BulkActionRequest request, IQueryable<Contact> page, Tally tally, CancellationToken ct)
    {
        var ids = await page.OrderBy(c => c.Id).Select(c => c.Id).Take(BatchSize).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return null;
        }

        var batch = await reachability.DecideBatchAsync(request.NotificationType, null, ids, null, ids.Count, ct);
        tally.Scanned += ids.Count;
        foreach (var (key, count) in batch.Summary)
        {
            tally.Count(key, count);
        }

        return ids[^1];
    }

    /// <summary>Changes one batch and saves it with its counters; the last id, or null when no contacts are left.</summary>
    private async Task<Guid?> ChangeBatchAsync(
        BulkActionRequest request, IQueryable<Contact> page, DefinitionLists lists, Tally tally, int total, BulkProgress? progress, CancellationToken ct)
    {
        // Tracked: the list's filters read without tracking, and the batch is changed and saved.
        var batch = await ContactStore.WithParts(page.AsTracking()).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct);
        if (batch.Count == 0)
        {
            return null;
        }

        var changed = new List<Guid>();
        foreach (var contact in batch)
        {
            var (changes, refusal) = Apply(request, contact.ReadableWith(db.Sealer), lists);
            if (refusal is not null)
            {
                Forget(contact);
                tally.Fail(contact.Id, refusal);
            }
            else if (changes)
            {
                changed.Add(contact.Id);
            }
        }

        tally.Scanned += batch.Count;
        var last = batch[^1].Id;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            tally.Changed += changed.Count;
            await ReportAsync(progress, tally, total, ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (IsRefusal(e))
        {
            db.ChangeTracker.Clear();
            await SaveOneByOneAsync(request, changed, lists, tally, ct);
            await ReportAsync(progress, tally, total, ct);
        }

        db.ChangeTracker.Clear();
        return last;
    }

    /// <summary>After a batch a rule refused: each contact again on a fresh copy, saved on its own, so one cannot stop the others.</summary>
    private async Task SaveOneByOneAsync(BulkActionRequest request, List<Guid> ids, DefinitionLists lists, Tally tally, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            var contact = await ContactStore.WithParts(db.Contacts).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (contact is null)
            {
                continue;
            }

            try
            {
                if (Apply(request, contact.ReadableWith(db.Sealer), lists).Refusal is { } refusal)
                {
                    tally.Fail(id, refusal);
                }
                else
                {
                    await db.SaveChangesAsync(ct);
                    tally.Changed++;
                }
            }
            catch (Exception e) when (IsRefusal(e))
            {
                tally.Fail(id, e.Message);
            }

            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Changes the contact as a single change would: whether it changed, or the reason a rule refuses it.</summary>
    private (bool Changed, string? Refusal) Apply(BulkActionRequest request, Contact contact, DefinitionLists lists)
    {
        var names = contact.Categories.Select(c => c.Name).ToList();
        List<string>? wanted = request.Action switch
        {
            BulkAction.AddCategory when !names.Contains(request.Category!, StringComparer.OrdinalIgnoreCase) => [.. names, request.Category!],
            BulkAction.RemoveCategory when names.Contains(request.Category!, StringComparer.OrdinalIgnoreCase) =>
                [.. names.Where(n => !string.Equals(n, request.Category, StringComparison.OrdinalIgnoreCase))],
            _ => null,
        };
        if (request.Action == BulkAction.Delete)
        {
            contact.MoveToRecycleBin(clock.GetUtcNow().UtcDateTime);
            return (true, null);
        }

        if (wanted is null)
        {
            return (false, null);
        }

        var errors = new ValidationErrors();
        ContactFields.Apply(contact, new ContactRequest { Categories = wanted }, CategoriesOnly, lists, errors, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return errors.HasErrors ? (false, string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))) : (true, null);
    }

    // A refused contact's changes must not ride along with its batch.
    private void Forget(Contact contact)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity == contact || (e.Entity is ContactCategory c && c.ContactId == contact.Id)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static Task ReportAsync(BulkProgress? progress, Tally tally, int total, CancellationToken ct) =>
        progress?.Invoke(Share(tally.Scanned, total), tally.Scanned, tally.Changed, tally.Failed, ct) ?? Task.CompletedTask;

    private sealed class Tally
    {
        private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
        private readonly List<RunFailure> _failures = [];

        public long Scanned { get; set; }

        public long Changed { get; set; }

        public long Failed { get; private set; }

        public void Count(string key, long count) => _counts[key] = _counts.GetValueOrDefault(key) + count;

        public void Fail(Guid contactId, string reason)
        {
            Failed++;
            if (_failures.Count < RunResult.MaxFailuresListed)
            {
                _failures.Add(new RunFailure(contactId, reason));
            }
        }

        public BulkActionResult Result()
        {
            if (_counts.Count == 0)
            {
                Count("changed", Changed);
                Count("unchanged", Scanned - Changed - Failed);
                Count("failed", Failed);
            }

            return new BulkActionResult(Scanned, Changed, Failed, new RunResult(_counts, [.. _failures], Failed - _failures.Count));
        }
    }
}
