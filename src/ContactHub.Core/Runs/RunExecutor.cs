using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactHub.Runs;

/// <summary>
/// Executes one run: claims it (queued → running, one conditional update; whoever loses does nothing), runs its
/// kind in a scope of its own as the run's organisation with the requester's clearance, acting for the requester, and records
/// the outcome. Any instance may be handed any queued run; the claim makes it run once.
/// </summary>
public sealed class RunExecutor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RunExecutor> logger)
{
    public async Task ExecuteAsync(Guid organisationId, Guid runId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var callerContext = scope.ServiceProvider.GetRequiredService<CallerContext>();
        callerContext.Current = Caller.System("run:" + runId).ForOrganisation(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await ClaimAsync(db, runId, clock.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        var run = await db.Set<Run>().AsNoTracking().FirstAsync(r => r.Id == runId, ct);
        // The run's changes are audited in the requester's name, from the run, and it sees what the requester may see:
        // a run must not reach (or count) contacts its requester could not (scheduled runs are the system's: all of them).
        callerContext.Current = new Caller(organisationId, run.RequestedByKind, run.RequestedById, run.RequestedByName, run.AuditSource, run.RequestedClearance);
        var kind = scope.ServiceProvider.GetServices<IRunKind>().FirstOrDefault(k => k.Key == run.Kind);
        string? error = null;
        try
        {
            if (kind is null)
            {
                throw new InvalidOperationException($"No run kind '{run.Kind}' is registered.");
            }

            await kind.ExecuteAsync(new RunContext(db, clock, run), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            error = "The application stopped during the run; start it again.";
        }
        catch (ContactHubException e)
        {
            error = e.Message;
        }
#pragma warning disable CA1031 // A run's failure is recorded on the run, whatever it was; the host must go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Run {RunId} ({Kind}) failed", runId, run.Kind);
            error = "The run failed unexpectedly; the log has the details.";
        }

        db.ChangeTracker.Clear();
        await FinishAsync(db, runId, error, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The atomic claim: true for exactly one caller per queued run.</summary>
    internal static async Task<bool> ClaimAsync(AppDbContext db, Guid runId, DateTime now, CancellationToken ct) =>
        await db.Set<Run>().Where(r => r.Id == runId && r.Status == RunStatus.Queued).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, RunStatus.Running).SetProperty(r => r.StartedAt, now).SetProperty(r => r.HeartbeatAt, now), ct) == 1;

    // Not cancellable: the outcome is written even while the host stops.
    private static Task FinishAsync(AppDbContext db, Guid runId, string? error, DateTime now)
    {
        var status = error is null ? RunStatus.Succeeded : RunStatus.Failed;
        var message = error is { Length: > Run.MaxErrorLength } ? error[..Run.MaxErrorLength] : error;
        return db.Set<Run>().Where(r => r.Id == runId && r.Status == RunStatus.Running).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, status).SetProperty(r => r.FinishedAt, now).SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.Error, message).SetProperty(r => r.Progress, r => error == null ? 1 : r.Progress),
            CancellationToken.None);
    }
}
