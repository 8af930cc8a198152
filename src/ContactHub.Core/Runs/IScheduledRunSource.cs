using ContactHub.Data;

namespace ContactHub.Runs;

/// <summary>A schedule fire: queue a run of <paramref name="Kind"/> for the organisation, for the fire time.</summary>
public sealed record ScheduledRun(Guid OrganisationId, string Kind, IReadOnlyDictionary<string, string> Parameters, DateTime FireTime);

/// <summary>Where schedules live (e.g. the name-day schedule of each contact definition): the fires due in a time window.</summary>
public interface IScheduledRunSource
{
    /// <summary>Fires in (<paramref name="from"/>, <paramref name="to"/>], across organisations; at most one per organisation and kind.</summary>
    Task<IReadOnlyList<ScheduledRun>> DueAsync(AppDbContext db, DateTime from, DateTime to, CancellationToken ct);
}
