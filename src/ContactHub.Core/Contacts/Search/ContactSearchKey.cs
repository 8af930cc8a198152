using ContactHub.Common;

namespace ContactHub.Contacts.Search;

/// <summary>
/// One spelling under which a contact's name is found by the quick search: a word of the folded name, or that word
/// with one letter left out (<see cref="NameVariants"/>). Derived from <see cref="Contact.NameKey"/>, kept in step by
/// the data context's save and by the import, never audited: it says nothing the contact itself does not.
/// </summary>
public sealed class ContactSearchKey : IOrganisationOwned
{
    private ContactSearchKey()
    {
        Key = string.Empty;
    }

    internal ContactSearchKey(Guid organisationId, Guid contactId, string key)
    {
        OrganisationId = organisationId;
        ContactId = contactId;
        Key = key;
    }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public string Key { get; private set; }
}
