using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Runs;

public sealed record RunRequester(ActorKind Kind, Guid? Id, string Name);

public sealed record RunView(
    Guid Id, string Kind, string Name, IReadOnlyDictionary<string, string> Parameters, RunStatus Status, double Progress, RunRequester RequestedBy,
    DateTime QueuedAt, DateTime? ScheduledFor, DateTime? StartedAt, DateTime? FinishedAt, long ContactsScanned, long ContactsChanged, long ContactsFailed, string? Error,
    RunResult? Result = null);

public sealed record RunPage(IReadOnlyList<RunView> Items, string? NextCursor);

/// <summary>Hands a queued run to the background scheduler (Quartz in the web host). Called after the run row is committed.</summary>
public interface IRunTrigger
{
    Task TriggerAsync(Guid organisationId, Guid runId, CancellationToken ct);
}

/// <summary>Queues runs for the caller's organisation and reads their history, newest first.</summary>
public sealed class RunService(AppDbContext db, CallerContext caller, TimeProvider clock, IEnumerable<IRunKind> kinds, IRunTrigger trigger)
{
    public const int MaxPageSize = 200;

    /// <summary>Queues a run of <paramref name="kind"/>; <paramref name="input"/> is what it works on when too large for the parameters (<see cref="Run.Input"/>).</summary>
    public async Task<RunView> QueueAsync(string kind, IReadOnlyDictionary<string, string> parameters, CancellationToken ct, string? input = null)
    {
        var run = new Run(caller.RequireOrganisation(), KindOf(kind).Key, RunParameters.ToJson(parameters), caller.Current, clock.GetUtcNow().UtcDateTime, null, input);
        db.Add(run);
        await db.SaveChangesAsync(ct);
        await trigger.TriggerAsync(run.OrganisationId, run.Id, ct);
        return ViewOf(run);
    }

    public async Task<RunView> GetAsync(Guid id, CancellationToken ct) =>
        ViewOf(await db.Set<Run>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("The run"));

    public async Task<RunPage> ListAsync(string? kind, string? cursor, int limit, CancellationToken ct)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For("limit", $"Must be between 1 and {MaxPageSize}.");
        }

        var runs = db.Set<Run>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            var key = kind.Trim();
            if (!kinds.Any(k => k.Key == key))
            {
                throw ValidationFailedException.For("kind", $"Unknown run kind '{key}'; known: {string.Join(", ", kinds.Select(k => k.Key))}.");
            }

            runs = runs.Where(r => r.Kind == key);
        }

        if (cursor is not null)
        {
            var after = Cursor.Decode(cursor);
            runs = runs.Where(r => r.Id.CompareTo(after) < 0);
        }

        var page = await runs.OrderByDescending(r => r.Id).Take(limit + 1).ToListAsync(ct);
        var items = page.Take(limit).Select(ViewOf).ToList();
        return new RunPage(items, page.Count > limit ? Cursor.Encode(items[^1].Id) : null);
    }

    /// <summary>The runs queued or running, oldest first (the dashboard's progress bars).</summary>
    public async Task<IReadOnlyList<RunView>> InProgressAsync(CancellationToken ct)
    {
        var runs = await db.Set<Run>().AsNoTracking()
            .Where(r => r.Status == RunStatus.Queued || r.Status == RunStatus.Running)
            .OrderBy(r => r.QueuedAt)
            .ToListAsync(ct);
        return [.. runs.Select(ViewOf)];
    }

    private IRunKind KindOf(string key) => kinds.FirstOrDefault(k => k.Key == key) ?? throw new InvalidOperationException($"No run kind '{key}' is registered.");

    private RunView ViewOf(Run r) => new(
        r.Id, r.Kind, kinds.FirstOrDefault(k => k.Key == r.Kind)?.Name ?? r.Kind, RunParameters.FromJson(r.Parameters), r.Status, r.Progress,
        new RunRequester(r.RequestedByKind, r.RequestedById, r.RequestedByName), r.QueuedAt, r.ScheduledFor, r.StartedAt, r.FinishedAt,
        r.ContactsScanned, r.ContactsChanged, r.ContactsFailed, r.Error, r.Result is null ? null : RunResult.FromJson(r.Result));
}
