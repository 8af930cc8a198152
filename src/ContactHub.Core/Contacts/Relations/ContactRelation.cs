using ContactHub.Common;

namespace ContactHub.Contacts.Relations;

/// <summary>
/// An outward relation from a contact to another one ("spouse of", "assistant of"). The other contact sees it
/// as an inward relation, derived from this row and read-only on that side.
/// </summary>
public sealed class ContactRelation : IOrganisationOwned
{
    private ContactRelation()
    {
        Type = string.Empty;
    }

    internal ContactRelation(Guid organisationId, Guid contactId, Guid relatedContactId, string type, DateTime createdAt)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        ContactId = contactId;
        RelatedContactId = relatedContactId;
        Type = type;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid RelatedContactId { get; private set; }

    public string Type { get; private set; }

    public DateTime CreatedAt { get; private set; }

    internal void ChangeType(string type) => Type = type;
}
