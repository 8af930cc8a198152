using ContactHub.Common;

namespace ContactHub.Interactions;

public enum InteractionType
{
    Call,
    Email,
    Letter,
    Meeting,
    Document,
}

public enum InteractionDirection
{
    In,
    Out,
}

public enum InteractionStatus
{
    Open,
    Closed,
    Archived,
}

/// <summary>
/// A contact moment (seed 002's interactions): a call, e-mail, letter, meeting or document, in or out, with one or more
/// contacts. Who recorded it is kept; its description is plain text (shown encoded, never as markup).
/// </summary>
public sealed class Interaction : IOrganisationOwned
{
    public const int MaxSubject = 200;
    public const int MaxDescription = 10_000;
    public const int MaxMedium = 50;

    private readonly List<InteractionContact> _contacts = [];

    private Interaction()
    {
        Subject = string.Empty;
        RecordedBy = string.Empty;
    }

    internal Interaction(Guid organisationId, Access.Caller caller, DateTime now)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Subject = string.Empty;
        OperatorId = caller.ActorId;
        RecordedBy = caller.ActorName;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public InteractionType Type { get; internal set; }

    public InteractionDirection Direction { get; internal set; }

    public InteractionStatus Status { get; internal set; }

    /// <summary>How it happened, in the organisation's words: phone, e-mail, post, in person, video.</summary>
    public string? Medium { get; internal set; }

    public string Subject { get; internal set; }

    public string? Description { get; internal set; }

    public DateTime OccurredAt { get; internal set; }

    /// <summary>The operator or API key that recorded it.</summary>
    public Guid? OperatorId { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; internal set; }

    public IReadOnlyList<InteractionContact> Contacts => _contacts;

    internal void AddContact(Guid contactId) => _contacts.Add(new InteractionContact(OrganisationId, Id, contactId));
}

/// <summary>One contact of an interaction: the row the contact's history and the "interaction within N days" filter read.</summary>
public sealed class InteractionContact : IOrganisationOwned
{
    private InteractionContact()
    {
    }

    internal InteractionContact(Guid organisationId, Guid interactionId, Guid contactId)
    {
        OrganisationId = organisationId;
        InteractionId = interactionId;
        ContactId = contactId;
    }

    public Guid OrganisationId { get; private set; }

    public Guid InteractionId { get; private set; }

    public Guid ContactId { get; private set; }
}
