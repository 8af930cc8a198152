using System.Text.Json;
using ContactHub.Access;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Statistics;

/// <summary>Computes the dashboard's figures as the caller and keeps them as the snapshot of the caller's clearance level.</summary>
public sealed class StatisticsSnapshots(AppDbContext db, CallerContext caller, ContactStatistics statistics, TimeProvider clock)
{
    /// <summary>Past this many shared values the hint says "1,000+": enough to show the size of the work.</summary>
    public const int SharedCap = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<DashboardFigureSet> ComputeAsync(CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var figures = await statistics.ReadAsync(ct);
        var duplicates = await statistics.PossibleDuplicatesAsync(SharedCap, ct);
        var took = clock.GetElapsedTime(started);
        var now = clock.GetUtcNow().UtcDateTime;

        var clearance = caller.Current.Clearance;
        var snapshot = await db.Set<StatisticsSnapshot>().FirstOrDefaultAsync(s => s.Clearance == clearance, ct);
        if (snapshot is null)
        {
            snapshot = new StatisticsSnapshot(caller.RequireOrganisation(), clearance);
            db.Add(snapshot);
        }

        snapshot.Record(JsonSerializer.Serialize(new Stored(figures, duplicates), Json), now, took);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request stored the first snapshot of this level at the same moment: its figures are as good.
            db.ChangeTracker.Clear();
        }

        return new DashboardFigureSet(figures, duplicates, now);
    }

    /// <summary>The figures of the caller's level as last computed, or null when they never were.</summary>
    public async Task<(DashboardFigureSet Figures, TimeSpan Took)?> ReadAsync(CancellationToken ct)
    {
        var clearance = caller.Current.Clearance;
        var snapshot = await db.Set<StatisticsSnapshot>().AsNoTracking().FirstOrDefaultAsync(s => s.Clearance == clearance, ct);
        if (snapshot is null || JsonSerializer.Deserialize<Stored>(snapshot.Figures, Json) is not { } stored)
        {
            return null;
        }

        return (new DashboardFigureSet(stored.Figures, stored.Duplicates, DateTime.SpecifyKind(snapshot.ComputedAt, DateTimeKind.Utc)),
            TimeSpan.FromMilliseconds(snapshot.ComputeMilliseconds));
    }

    private sealed record Stored(ContactFigures Figures, PossibleDuplicates Duplicates);
}
