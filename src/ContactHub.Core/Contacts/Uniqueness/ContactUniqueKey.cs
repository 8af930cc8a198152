using ContactHub.Common;

namespace ContactHub.Contacts.Uniqueness;

/// <summary>
/// The normalised values of one uniqueness group for one contact, hashed. Its primary key (organisation, group,
/// value) is what makes a duplicate impossible even when two requests race: the second insert fails in the database.
/// </summary>
public sealed class ContactUniqueKey : IOrganisationOwned
{
    private ContactUniqueKey()
    {
        Rule = string.Empty;
        Value = string.Empty;
    }

    internal ContactUniqueKey(Guid organisationId, string rule, string value, Guid contactId)
    {
        OrganisationId = organisationId;
        Rule = rule;
        Value = value;
        ContactId = contactId;
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>"person:idNumber+lastName": the kind and the group's fields.</summary>
    public string Rule { get; private set; }

    /// <summary>SHA-256 of the group's normalised values: equal values meet, the values themselves are not repeated here.</summary>
    public string Value { get; private set; }

    public Guid ContactId { get; private set; }
}
