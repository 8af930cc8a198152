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
    }

    public Guid RunId { get; }

    public IReadOnlyDictionary<string, string> Parameters { get; }

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
}
