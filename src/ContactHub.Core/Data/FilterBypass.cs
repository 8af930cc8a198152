using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data;

/// <summary>
/// Why a query may look past the tenant and clearance filters of <see cref="AppDbContext"/>. Each reason justifies
/// its callers here, in one place; a new reason is a design decision. <see cref="QueryFilters.Bypassing"/> is the only
/// way past the filters (the banned-symbol list refuses a direct <c>IgnoreQueryFilters</c>).
/// </summary>
public enum FilterBypass
{
    /// <summary>Sign-in and the session check run before any organisation is known: operators are found by e-mail or id.</summary>
    OperatorSignIn,

    /// <summary>
    /// The run scheduler's housekeeping (abandoned and orphaned runs, due schedules) looks at every organisation's runs
    /// and schedules; whatever it starts then acts for that organisation as its system caller.
    /// </summary>
    RunHousekeeping,

    /// <summary>
    /// Which of some contacts are above the caller's clearance (their history, and links to them in other contacts'
    /// histories, are then "not found"); the query names the caller's organisation itself and reads ids and levels only.
    /// </summary>
    ClearanceCheck,

    /// <summary>
    /// A uniqueness rule must hold for every contact of the organisation, also those above the caller's clearance;
    /// the query names the caller's organisation itself.
    /// </summary>
    WholeOrganisation,
}

public static class QueryFilters
{
    /// <summary>
    /// The query without the tenant and clearance filters, for <paramref name="reason"/> alone. The reason is tagged
    /// onto the SQL, so a log or a plan shows why a statement crossed tenants.
    /// </summary>
    public static IQueryable<T> Bypassing<T>(this IQueryable<T> query, FilterBypass reason) where T : class =>
#pragma warning disable RS0030 // The one sanctioned call: every caller names its reason.
        query.IgnoreQueryFilters().TagWith("filters bypassed: " + reason);
#pragma warning restore RS0030
}
