using ContactHub.Common;

namespace ContactHub.Contacts.ContactPoints;

/// <summary>
/// What e-mails, phones and addresses share: a type (work, home, billing, …), an active flag and an optional
/// "in use" reason. A contact has at most one active entry per type (enforced by the contact and by a
/// filtered unique index); an entry in use (e.g. the billing address) cannot be deactivated.
/// </summary>
public abstract class ContactPoint : IOrganisationOwned
{
    protected ContactPoint()
    {
        Type = string.Empty;
    }

    protected ContactPoint(Guid organisationId, Guid contactId, string type, string? inUse)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        ContactId = contactId;
        Type = type;
        InUse = inUse;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public string Type { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Why the entry must stay active (e.g. "billing"); null when it is free to deactivate.</summary>
    public string? InUse { get; private set; }

    /// <summary>A short text for messages: "work e-mail anna@example.com".</summary>
    public abstract string Describe();

    internal void Deactivate()
    {
        if (InUse is not null)
        {
            throw new ConflictException(
                "contact-point-in-use",
                $"The {Describe()} is in use ({InUse}) and cannot be deactivated; release it first.",
                new Dictionary<string, object?> { ["id"] = Id, ["inUse"] = InUse });
        }

        IsActive = false;
    }

    internal void Reactivate() => IsActive = true;

    internal void MarkInUse(string? reason) => InUse = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
