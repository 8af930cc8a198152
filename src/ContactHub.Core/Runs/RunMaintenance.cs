using ContactHub.Access;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactHub.Runs;

/// <summary>
/// The periodic housekeeping every instance does (the web host ticks it through Quartz): queue the scheduled runs
/// that fell due, find queued runs nobody started (their instance stopped before it could), and fail running runs
/// whose instance stopped reporting. It is the one place that reads runs and schedules across organisations; the
/// runs it returns are handed to the trigger, and the claim in <see cref="RunExecutor"/> keeps each to one execution.
/// </summary>
public sealed class RunMaintenance(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RunMaintenance> logger)
{
    /// <summary>A running run reports at least once per batch; silence this long means its instance is gone.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    /// <summary>A queued run is handed to the scheduler at once; still queued after this long, any instance takes it.</summary>
    public static readonly TimeSpan OrphanedAfter = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<(Guid OrganisationId, Guid RunId)>> TickAsync(DateTime from, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("runs");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var abandoned = await db.Set<Run>().Bypassing(FilterBypass.RunHousekeeping)
            .Where(r => r.Status == RunStatus.Running && r.HeartbeatAt < now - AbandonedAfter)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RunStatus.Failed).SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Error, "The instance running it stopped; start the run again."), ct);
        if (abandoned > 0)
        {
            logger.LogWarning("Marked {Count} abandoned runs as failed", abandoned);
        }

        var toStart = new List<(Guid, Guid)>();
        foreach (var source in scope.ServiceProvider.GetServices<IScheduledRunSource>())
        {
            foreach (var due in await source.DueAsync(db, from, now, ct))
            {
                if (await QueueScheduledAsync(due, ct) is { } runId)
                {
                    toStart.Add((due.OrganisationId, runId));
                }
            }
        }

        var orphans = await db.Set<Run>().Bypassing(FilterBypass.RunHousekeeping).AsNoTracking()
            .Where(r => r.Status == RunStatus.Queued && r.QueuedAt < now - OrphanedAfter)
            .OrderBy(r => r.Id).Select(r => new { r.OrganisationId, r.Id }).Take(100).ToListAsync(ct);
        toStart.AddRange(orphans.Select(o => (o.OrganisationId, o.Id)));
        return toStart;
    }

    /// <summary>Queues the fire's run as the system of that organisation; null when another instance queued it already.</summary>
    private async Task<Guid?> QueueScheduledAsync(ScheduledRun due, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var caller = Caller.System("schedule").ForOrganisation(due.OrganisationId);
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = caller;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = new Run(due.OrganisationId, due.Kind, RunParameters.ToJson(due.Parameters), caller, clock.GetUtcNow().UtcDateTime, due.FireTime);
        db.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
            return run.Id;
        }
        catch (DbUpdateException e) when (Database.IsUniqueViolation(e))
        {
            return null;
        }
    }
}
