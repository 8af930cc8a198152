namespace ContactHub.Access;

public enum ActorKind
{
    System,
    ApiKey,
    Operator,
}

/// <summary>
/// Who is acting, for which organisation and through which path. Set once per request or run; the data
/// context filters by <see cref="OrganisationId"/> and the audit records <see cref="ActorKind"/>, id, name and source.
/// <see cref="MaySeeIdentityDocuments"/> is the permission to read ID, passport and social security numbers unmasked.
/// </summary>
public sealed record Caller(Guid? OrganisationId, ActorKind ActorKind, Guid? ActorId, string ActorName, string Source, Clearance Clearance, bool MaySeeIdentityDocuments = false)
{
    /// <summary>The application itself (start-up seeding, scheduled runs); sees no organisation until scoped to one.</summary>
    public static Caller System(string source) => new(null, ActorKind.System, null, "system", source, Clearance.Confidential, MaySeeIdentityDocuments: true);

    public Caller ForOrganisation(Guid organisationId) => this with { OrganisationId = organisationId };
}

/// <summary>The scoped holder of the current <see cref="Caller"/>. Nothing is visible until it is set.</summary>
public sealed class CallerContext
{
    public Caller Current { get; set; } = Caller.System("unset");

    public Guid? OrganisationId => Current.OrganisationId;

    public Guid RequireOrganisation() =>
        Current.OrganisationId ?? throw new InvalidOperationException("This operation needs an organisation scope.");
}
