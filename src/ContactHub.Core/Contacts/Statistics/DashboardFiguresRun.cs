using ContactHub.Runs;

namespace ContactHub.Contacts.Statistics;

/// <summary>
/// Computes the dashboard's figures for the clearance of whoever asked (the run acts with the requester's clearance)
/// and keeps them as that level's snapshot. Queued by <see cref="DashboardFigures"/> when the shown figures are old.
/// </summary>
public sealed class DashboardFiguresRun(StatisticsSnapshots snapshots) : IRunKind
{
    public const string KindKey = "dashboard-figures";

    public string Key => KindKey;

    public string Name => "Dashboard figures";

    public async Task ExecuteAsync(RunContext run, CancellationToken ct)
    {
        var figures = await snapshots.ComputeAsync(ct);
        await run.ReportAsync(1, figures.Figures.Total, 0, 0, ct);
    }
}
