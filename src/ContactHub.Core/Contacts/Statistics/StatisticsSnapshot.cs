using ContactHub.Access;
using ContactHub.Common;

namespace ContactHub.Contacts.Statistics;

/// <summary>
/// The dashboard's figures as last computed for one clearance level of an organisation (what a reader with that
/// clearance may count), with when and how long the computation took. Read by its key, so the dashboard costs the same
/// at any size of the base; <see cref="DashboardFigures"/> decides when it is computed again.
/// </summary>
public sealed class StatisticsSnapshot : IOrganisationOwned
{
    private StatisticsSnapshot()
    {
        Figures = string.Empty;
    }

    internal StatisticsSnapshot(Guid organisationId, Clearance clearance)
    {
        OrganisationId = organisationId;
        Clearance = clearance;
        Figures = string.Empty;
    }

    public Guid OrganisationId { get; private set; }

    public Clearance Clearance { get; private set; }

    public DateTime ComputedAt { get; private set; }

    public double ComputeMilliseconds { get; private set; }

    /// <summary>The <see cref="DashboardFigureSet"/> as JSON.</summary>
    public string Figures { get; private set; }

    internal void Record(string figures, DateTime computedAt, TimeSpan took)
    {
        Figures = figures;
        ComputedAt = computedAt;
        ComputeMilliseconds = took.TotalMilliseconds;
    }
}
