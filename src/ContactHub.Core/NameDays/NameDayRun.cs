using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.NameDays;

public enum NameDayRunMode
{
    /// <summary>Every person gets the name day of its first name (a different one already set is replaced).</summary>
    All,

    /// <summary>Only persons without a name day get one.</summary>
    WithoutNameDay,
}

/// <summary>
/// The name-day run: walks the organisation's persons in id order, a batch at a time (never all in memory), sets
/// the name day the rules give each first name, and saves each batch through the data context, so every change is
/// audited (source <c>run:&lt;id&gt;</c>) and the uniqueness guard sees it; the counters commit with their batch.
/// A batch that a rule refuses is retried contact by contact, so one contact cannot stop the run.
/// </summary>
public sealed class NameDayRun(AppDbContext db, NameDayDefinitionService definition) : IRunKind
{
    public const string KindKey = "name-day";
    public const string ModeParameter = "mode";
    public const int BatchSize = 1000;

    public string Key => KindKey;

    public string Name => "Name-day assignment";

    public static string ModeName(NameDayRunMode mode) => mode == NameDayRunMode.All ? "all" : "withoutNameDay";

    /// <summary>The run's parameters for a requested mode ("all" or "withoutNameDay"); anything else is a field error.</summary>
    public static IReadOnlyDictionary<string, string> ParametersFor(string? mode)
    {
        var known = Enum.GetValues<NameDayRunMode>().Select(ModeName).ToList();
        var given = mode?.Trim();
        var match = known.FirstOrDefault(k => string.Equals(k, given, StringComparison.OrdinalIgnoreCase))
            ?? throw ValidationFailedException.For(ModeParameter, $"Choose {string.Join(" or ", known)}.");
        return new Dictionary<string, string>(StringComparer.Ordinal) { [ModeParameter] = match };
    }

    public async Task ExecuteAsync(RunContext run, CancellationToken ct)
    {
        var mode = run.Parameters.GetValueOrDefault(ModeParameter) == ModeName(NameDayRunMode.All) ? NameDayRunMode.All : NameDayRunMode.WithoutNameDay;
        var matcher = await definition.MatcherAsync(ct);
        var persons = db.Contacts.Where(c => c.Kind == ContactKind.Person);
        if (mode == NameDayRunMode.WithoutNameDay)
        {
            persons = persons.Where(c => c.NameDay == null);
        }

        var total = await persons.CountAsync(ct);
        long scanned = 0, changed = 0, failed = 0;
        Guid? after = null;
        while (!matcher.IsEmpty)
        {
            var page = after is { } last ? persons.Where(c => c.Id.CompareTo(last) > 0) : persons;
            // E-mails and phones too: the uniqueness guard recomputes a changed contact's keys from them.
            var batch = await page.OrderBy(c => c.Id).Take(BatchSize).Include(c => c.Emails).Include(c => c.Phones).AsSplitQuery().ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var assigned = Assign(batch, matcher);
            var (saved, refused) = await SaveAsync(run, assigned, scanned + batch.Count, changed, failed, total, ct);
            scanned += batch.Count;
            changed += saved;
            failed += refused;
            after = batch[^1].Id;
            db.ChangeTracker.Clear();
        }

        await run.ReportAsync(1, scanned, changed, failed, ct);
    }

    // A rule of the definition (uniqueness), or a concurrent change of the same contact (its version moved on).
    private static bool IsRefusal(Exception e) => e is ContactHubException or DbUpdateException;

    private static List<(Contact Contact, string NameDay)> Assign(List<Contact> batch, NameDayMatcher matcher)
    {
        var assigned = new List<(Contact, string)>();
        foreach (var contact in batch)
        {
            if (matcher.Find(contact.FirstName) is { } day && day != contact.NameDay)
            {
                contact.NameDay = day;
                assigned.Add((contact, day));
            }
        }

        return assigned;
    }

    /// <summary>Saves the batch with its counters in one transaction; if a rule refuses it, saves contact by contact.</summary>
    private async Task<(long Saved, long Refused)> SaveAsync(RunContext run, List<(Contact Contact, string NameDay)> assigned, long scanned, long changed, long failed, int total, CancellationToken ct)
    {
        var progress = total == 0 ? 1 : (double)scanned / total;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await run.ReportAsync(progress, scanned, changed + assigned.Count, failed, ct);
            await transaction.CommitAsync(ct);
            return (assigned.Count, 0);
        }
        catch (Exception e) when (IsRefusal(e))
        {
            db.ChangeTracker.Clear();
        }

        long saved = 0, refused = 0;
        foreach (var (contact, day) in assigned)
        {
            // A fresh copy: the failed save may have left tracked changes (unique keys) behind.
            var fresh = await db.Contacts.Include(c => c.Emails).Include(c => c.Phones).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == contact.Id, ct);
            if (fresh is null)
            {
                continue;
            }

            fresh.NameDay = day;
            try
            {
                await db.SaveChangesAsync(ct);
                saved++;
            }
            catch (Exception e) when (IsRefusal(e))
            {
                refused++;
            }

            db.ChangeTracker.Clear();
        }

        await run.ReportAsync(progress, scanned, changed + saved, failed + refused, ct);
        return (saved, refused);
    }
}
