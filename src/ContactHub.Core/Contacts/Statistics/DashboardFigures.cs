using ContactHub.Access;
using ContactHub.Data;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Statistics;

/// <summary>When the dashboard's figures are computed afresh; <see cref="LiveBelow"/> is a setting so tests can reach both paths.</summary>
public sealed record DashboardOptions(TimeSpan LiveBelow, TimeSpan MaxAge)
{
    public static readonly DashboardOptions Default = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(10));
}

/// <summary>
/// The dashboard's figures for the caller. Counting a large base takes seconds, so the page reads the snapshot of the
/// caller's clearance level (<see cref="StatisticsSnapshots"/>). They are computed on the spot when there is none yet
/// or when the last computation was quick (so a small base is always exact); otherwise the snapshot is shown with its
/// time, and once older than <see cref="DashboardOptions.MaxAge"/> a run (<see cref="DashboardFiguresRun"/>) computes
/// it again while the page goes on showing the previous figures.
/// </summary>
public sealed class DashboardFigures(AppDbContext db, CallerContext caller, StatisticsSnapshots snapshots, RunService runs, TimeProvider clock, DashboardOptions options)
{
    public async Task<DashboardFigureSet> ReadAsync(CancellationToken ct)
    {
        if (await snapshots.ReadAsync(ct) is not { } last || last.Took < options.LiveBelow)
        {
            return await snapshots.ComputeAsync(ct);
        }

        var stale = clock.GetUtcNow().UtcDateTime - last.Figures.ComputedAt >= options.MaxAge;
        return stale ? last.Figures with { Refreshing = await RefreshAsync(ct) } : last.Figures with { Refreshing = await PendingAsync(ct) };
    }

    /// <summary>Queues the computation for the caller's level unless one is already queued or running; true either way.</summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        if (!await PendingAsync(ct))
        {
            await runs.QueueAsync(DashboardFiguresRun.KindKey, new Dictionary<string, string>(), ct);
        }

        return true;
    }

    private Task<bool> PendingAsync(CancellationToken ct)
    {
        var clearance = caller.Current.Clearance;
        return db.Set<Run>().AnyAsync(
            r => r.Kind == DashboardFiguresRun.KindKey && r.RequestedClearance == clearance && (r.Status == RunStatus.Queued || r.Status == RunStatus.Running), ct);
    }
}
