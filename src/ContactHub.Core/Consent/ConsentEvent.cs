using ContactHub.Access;
using ContactHub.Common;

namespace ContactHub.Consent;

/// <summary>
/// One grant or withdrawal with its evidence: who recorded it through which path, how the person expressed it,
/// which text version they saw, and for self-service their IP and user agent. Append-only: a withdrawal is a new
/// event, never an edit of an earlier one. The current state (<see cref="ConsentState"/>) is derived from these.
/// </summary>
public sealed class ConsentEvent : IOrganisationOwned
{
    private ConsentEvent()
    {
        SourceName = string.Empty;
        Source = string.Empty;
        Method = string.Empty;
    }

    internal ConsentEvent(Guid organisationId, Guid contactId, Guid purposeId, Channel? channel, bool granted, DateTime occurredAt,
        Caller caller, string method, Guid textId, string? ipAddress, string? userAgent, DateTime recordedAt)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        ContactId = contactId;
        PurposeId = purposeId;
        Channel = channel;
        Granted = granted;
        OccurredAt = occurredAt;
        SourceKind = caller.ActorKind;
        SourceId = caller.ActorId;
        SourceName = caller.ActorName;
        Source = caller.Source;
        Method = method;
        TextId = textId;
        IpAddress = ipAddress;
        UserAgent = userAgent;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid PurposeId { get; private set; }

    /// <summary>Null: the decision covers every channel.</summary>
    public Channel? Channel { get; private set; }

    public bool Granted { get; private set; }

    /// <summary>When the person decided (UTC); may precede <see cref="RecordedAt"/> for imported evidence.</summary>
    public DateTime OccurredAt { get; private set; }

    public ActorKind SourceKind { get; private set; }

    public Guid? SourceId { get; private set; }

    public string SourceName { get; private set; }

    /// <summary>The path: "api", "ui", "import:…", "self-service", "definition-default".</summary>
    public string Source { get; private set; }

    /// <summary>How it was expressed: "checkbox", "double-opt-in confirmed 2026-11-02T10:00Z", "phone call", …</summary>
    public string Method { get; private set; }

    public Guid TextId { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
