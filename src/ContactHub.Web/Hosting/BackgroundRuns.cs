using ContactHub.Runs;
using Quartz;

namespace ContactHub.Web.Hosting;

/// <summary>
/// Background runs on Quartz (in-memory store; the database is the source of truth): a run is a one-off job
/// triggered now with its id, and a housekeeping job ticks on every instance to queue scheduled runs, pick up
/// orphaned queued runs and fail abandoned ones (<see cref="RunMaintenance"/>). Several instances are safe
/// because every execution first claims its run row.
/// </summary>
public static class BackgroundRuns
{
    public static IServiceCollection AddBackgroundRuns(this IServiceCollection services, IConfiguration configuration)
    {
        var tick = TimeSpan.FromSeconds(configuration.GetValue("ContactHub:Runs:TickSeconds", 30));
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = configuration.GetValue("ContactHub:Runs:MaxConcurrent", 4));
            q.AddJob<RunMaintenanceJob>(j => j.WithIdentity(RunMaintenanceJob.Key));
            q.AddTrigger(t => t.ForJob(RunMaintenanceJob.Key).StartNow().WithSimpleSchedule(s => s.WithInterval(tick).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<IRunTrigger, QuartzRunTrigger>();
        return services;
    }
}

/// <summary>Hands a run to this instance's scheduler as a one-off job named after the run (so it is never scheduled twice here).</summary>
internal sealed class QuartzRunTrigger(ISchedulerFactory schedulers) : IRunTrigger
{
    public async Task TriggerAsync(Guid organisationId, Guid runId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<ExecuteRunJob>()
            .WithIdentity("run-" + runId, "runs")
            .UsingJobData(ExecuteRunJob.OrganisationKey, organisationId.ToString())
            .UsingJobData(ExecuteRunJob.RunKey, runId.ToString())
            .Build();
        if (await scheduler.Exists(job.Key, ct))
        {
            return;
        }

        try
        {
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), cancellationToken: ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Triggered twice at the same moment (the API and the housekeeping): one is enough, the claim decides anyway.
        }
    }
}

/// <summary>Executes one run (claim first; a run claimed elsewhere is left alone).</summary>
internal sealed class ExecuteRunJob(RunExecutor executor) : IJob
{
    public const string OrganisationKey = "organisationId";
    public const string RunKey = "runId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        await executor.ExecuteAsync(Guid.Parse(data.GetString(OrganisationKey)!), Guid.Parse(data.GetString(RunKey)!), cancellationToken);
    }
}

/// <summary>The housekeeping tick: queued-by-schedule and orphaned runs are triggered here.</summary>
[DisallowConcurrentExecution]
internal sealed class RunMaintenanceJob(RunMaintenance maintenance, IRunTrigger trigger, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("run-maintenance", "runs");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // The window since the previous tick (or one interval back on the first), so each schedule fire is seen once here.
        var now = clock.GetUtcNow().UtcDateTime;
        var interval = context.Trigger is ISimpleTrigger simple ? simple.RepeatInterval : TimeSpan.FromSeconds(30);
        var from = context.PreviousFireTimeUtc?.UtcDateTime ?? now - interval;
        foreach (var (organisationId, runId) in await maintenance.TickAsync(from, cancellationToken))
        {
            await trigger.TriggerAsync(organisationId, runId, cancellationToken);
        }
    }
}
