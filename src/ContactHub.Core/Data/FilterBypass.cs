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
    /// the query names the caller's organisation itself. Contacts in the recycle bin stay out: they hold no unique keys,
    /// and restoring one checks the rules again.
    /// </summary>
    WholeOrganisation,
}

public static class QueryFilters
{
    /// <summary>The filter of every organisation-owned entity: the caller's organisation (for contacts also its clearance).</summary>
    public const string Tenant = "Tenant";

    /// <summary>The contact filter that hides contacts in the recycle bin.</summary>
    public const string RecycleBin = "RecycleBin";

    /// <summary>
    /// The query without the tenant and clearance filters, for <paramref name="reason"/> alone. The reason is tagged
    /// onto the SQL, so a log or a plan shows why a statement crossed tenants. Only <see cref="FilterBypass.WholeOrganisation"/>
    /// keeps the recycle bin out; the others answer for deleted contacts too (housekeeping purges them, a deleted contact
    /// above the caller's clearance stays hidden).
    /// </summary>
    public static IQueryable<T> Bypassing<T>(this IQueryable<T> query, FilterBypass reason) where T : class =>
#pragma warning disable RS0030 // The one sanctioned call: every caller names its reason.
        (reason == FilterBypass.WholeOrganisation ? query.IgnoreQueryFilters([Tenant]) : query.IgnoreQueryFilters()).TagWith("filters bypassed: " + reason);
#pragma warning restore RS0030

    /// <summary>Contacts including those in the recycle bin; the tenant and clearance filters still hold.</summary>
    public static IQueryable<Contacts.Contact> WithRecycleBin(this IQueryable<Contacts.Contact> contacts) =>
#pragma warning disable RS0030 // Drops the recycle-bin filter only, never the tenant's.
        contacts.IgnoreQueryFilters([RecycleBin]);
#pragma warning restore RS0030
}
