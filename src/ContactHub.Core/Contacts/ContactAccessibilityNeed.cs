using ContactHub.Common;

namespace ContactHub.Contacts;

/// <summary>One accommodation a person needs (an entry of the organisation's accessibility-needs list); a row so lists can filter by it.</summary>
public sealed class ContactAccessibilityNeed : IOrganisationOwned
{
    private ContactAccessibilityNeed()
    {
        Need = string.Empty;
    }

    internal ContactAccessibilityNeed(Guid organisationId, Guid contactId, string need)
    {
        OrganisationId = organisationId;
        ContactId = contactId;
        Need = need;
    }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    /// <summary>The key of the list entry, e.g. "wheelchair-space".</summary>
    public string Need { get; private set; }
}
