using ContactHub.Data;
using ContactHub.Definitions;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.NameDays;

/// <summary>The name-day schedules of all contact definitions: a fire queues a <c>withoutNameDay</c> run for that organisation.</summary>
public sealed class NameDayRunSchedules : IScheduledRunSource
{
    public async Task<IReadOnlyList<ScheduledRun>> DueAsync(AppDbContext db, DateTime from, DateTime to, CancellationToken ct)
    {
        // Only the schedule columns are read.
        var schedules = await db.Set<ContactDefinition>().Bypassing(FilterBypass.RunHousekeeping).AsNoTracking()
            .Where(d => d.NameDaySchedule != null).Select(d => new { d.OrganisationId, d.NameDaySchedule }).ToListAsync(ct);
        var parameters = NameDayRun.ParametersFor(NameDayRun.ModeName(NameDayRunMode.WithoutNameDay));
        return [.. schedules
            .Select(s => (s.OrganisationId, Fire: NameDaySchedule.LatestFireTime(s.NameDaySchedule!, from, to)))
            .Where(s => s.Fire is not null)
            .Select(s => new ScheduledRun(s.OrganisationId, NameDayRun.KindKey, parameters, s.Fire!.Value))];
    }
}
