using ContactHub.Data;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.RecycleBin;

/// <summary>
/// Queues a <see cref="RecycleBinPurge"/> once a day (<see cref="FireTimeOfDay"/>, UTC) for each organisation that then
/// has contacts due: an organisation with an empty bin gets no run in its history.
/// </summary>
public sealed class RecycleBinPurgeSchedule : IScheduledRunSource
{
    public static readonly TimeSpan FireTimeOfDay = TimeSpan.FromHours(3);

    public async Task<IReadOnlyList<ScheduledRun>> DueAsync(AppDbContext db, DateTime from, DateTime to, CancellationToken ct)
    {
        if (LatestFireTime(from, to) is not { } fire)
        {
            return [];
        }

        var before = fire - RecycleBinService.RetentionPeriod;
        var organisations = await db.Contacts.Bypassing(FilterBypass.RunHousekeeping)
            .Where(c => c.DeletedAt != null && c.DeletedAt < before).Select(c => c.OrganisationId).Distinct().ToListAsync(ct);
        return [.. organisations.Select(o => new ScheduledRun(o, RecycleBinPurge.KindKey, new Dictionary<string, string>(), fire))];
    }

    /// <summary>The last daily fire in (<paramref name="from"/>, <paramref name="to"/>], if any.</summary>
    public static DateTime? LatestFireTime(DateTime from, DateTime to)
    {
        var fire = to.Date + FireTimeOfDay;
        if (fire > to)
        {
            fire = fire.AddDays(-1);
        }

        return fire > from ? DateTime.SpecifyKind(fire, DateTimeKind.Utc) : null;
    }
}
