using ContactHub.Common;

namespace ContactHub.Contacts;

/// <summary>A label on a contact (e.g. "VIP", "Press"); a separate row so lists can filter by it.</summary>
public sealed class ContactCategory : IOrganisationOwned
{
    private ContactCategory()
    {
        Name = string.Empty;
    }

    internal ContactCategory(Guid organisationId, Guid contactId, string name)
    {
        OrganisationId = organisationId;
        ContactId = contactId;
        Name = name;
    }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public string Name { get; private set; }
}
