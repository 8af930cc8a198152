using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Runs;

/// <summary>What a run kind sees of its run: the id and parameters, and the one way to report how far it got.</summary>
public sealed class RunContext
{
    private readonly AppDbContext _db;
    private readonly TimeProvider _clock;

    internal RunContext(AppDbContext db, TimeProvider clock, Run run)
    {
        _db = db;
        _clock = clock;
        RunId = run.Id;
        Parameters = RunParameters.FromJson(run.Parameters);
        Input = run.Input;
    }

    public Guid RunId { get; }

    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>The kind's input too large for the parameters (<see cref="Run.Input"/>), if it was queued with one.</summary>
    public string? Input { get; }

    /// <summary>
    /// Writes progress (0..1) and the counters so far to the run's row. Called on the run's data context, it joins a
    /// transaction the kind has open, so the counters commit together with the batch they count.
    /// </summary>
    public async Task ReportAsync(double progress, long scanned, long changed, long failed, CancellationToken ct)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var clamped = Math.Clamp(progress, 0, 1);
        await _db.Set<Run>().Where(r => r.Id == RunId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Progress, clamped).SetProperty(r => r.ContactsScanned, scanned)
                .SetProperty(r => r.ContactsChanged, changed).SetProperty(r => r.ContactsFailed, failed).SetProperty(r => r.HeartbeatAt, now),
            ct);
    }

    /// <summary>Writes the kind's report (<see cref="Run.Result"/>); like <see cref="ReportAsync"/> it joins an open transaction.</summary>
    public async Task SetResultAsync(RunResult result, CancellationToken ct)
    {
        var json = RunResult.ToJson(result);
        await _db.Set<Run>().Where(r => r.Id == RunId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Result, json), ct);
    }
}
