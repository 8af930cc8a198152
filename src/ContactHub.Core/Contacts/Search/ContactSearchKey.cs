using ContactHub.Common;

namespace ContactHub.Contacts.Search;

/// <summary>
/// One spelling under which a contact's name is found by the quick search: a word of the folded name, or that word
/// with one letter left out (<see cref="NameVariants"/>). Derived from <see cref="Contact.NameKey"/>, kept in step by
/// the data context's save and by the import, never audited: it says nothing the contact itself does not. It carries
/// the name key too, so that the matches of one key are stored in the list's name order and a page of them in that
/// order is one index range, however many contacts share the key.
/// </summary>
public sealed class ContactSearchKey : IOrganisationOwned
{
    private ContactSearchKey()
    {
        Key = string.Empty;
        NameKey = string.Empty;
    }

    internal ContactSearchKey(Guid organisationId, Guid contactId, string key, string nameKey)
    {
        OrganisationId = organisationId;
        ContactId = contactId;
        Key = key;
        NameKey = nameKey;
    }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public string Key { get; private set; }

    /// <summary>The contact's <see cref="Contact.NameKey"/> the key was derived from.</summary>
    public string NameKey { get; private set; }
}
