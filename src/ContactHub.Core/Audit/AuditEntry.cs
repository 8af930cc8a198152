using ContactHub.Access;
using ContactHub.Common;

namespace ContactHub.Audit;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}

/// <summary>
/// One append-only record of a change: which entity of which contact, who did it through which path, when,
/// and each changed field with its old and new value (a JSON array of {field, old, new}).
/// Written in the same transaction as the change by <see cref="AuditTrail"/>; never updated or deleted.
/// </summary>
public sealed class AuditEntry : IOrganisationOwned
{
    private AuditEntry()
    {
        EntityType = string.Empty;
        ActorName = string.Empty;
        Source = string.Empty;
        Changes = "[]";
    }

    internal AuditEntry(Guid organisationId, Guid? contactId, string entityType, string entityId, AuditAction action, Caller caller, DateTime occurredAt, string changes)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        ContactId = contactId;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        ActorKind = caller.ActorKind;
        ActorId = caller.ActorId;
        ActorName = caller.ActorName;
        Source = caller.Source;
        OccurredAt = occurredAt;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid? ContactId { get; private set; }

    /// <summary>contact, email, phone, address, category, relation, companyLink, photo, …</summary>
    public string EntityType { get; private set; }

    public string EntityId { get; private set; } = string.Empty;

    public AuditAction Action { get; private set; }

    public ActorKind ActorKind { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>The path the change came through: "api", "ui", "import:…", "run:…", "startup".</summary>
    public string Source { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public string Changes { get; private set; }
}
