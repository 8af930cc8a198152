using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;

namespace ContactHub.Contacts;

/// <summary>The rules a new contact passes on every path (the API's create and the bulk import), kept in one place.</summary>
public sealed partial class Contact
{
    /// <summary>
    /// Builds a new contact with its e-mails, phones, addresses and categories from <paramref name="request"/>, or
    /// returns null with every field error in <paramref name="errors"/>. Phones without a country code take the
    /// contact's country of residence, else <paramref name="defaultCountry"/> (the organisation's).
    /// </summary>
    internal static Contact? TryCreate(
        Guid organisationId, string defaultCountry, Definitions.ContactDefinition? definition, Access.Clearance clearance, ContactRequest request, DateTime now, ValidationErrors errors,
        CustomFields.CustomFieldSet? customFields = null)
    {
        if (request.Kind is not { } kind)
        {
            errors.Add("kind", "Say whether the contact is a \"person\" or a \"company\".");
            return null;
        }

        var contact = new Contact(organisationId, kind, now);
        if (definition is not null)
        {
            // The definition's channels first; the request's own choice, if any, overrides them.
            contact.AllowedChannels = definition.AllowedChannels;
            contact.PreferredChannel = definition.PreferredChannel;
        }

        // A contact that names its channels but no preference keeps the default preference only among them: a
        // default must not turn a valid request into an error about a channel the caller never named.
        if (request.AllowedChannels is { } allowed && request.PreferredChannel is null && contact.PreferredChannel is { } preferred && !allowed.Contains(preferred))
        {
            contact.PreferredChannel = null;
        }

        var lists = definition?.Lists ?? Definitions.Lists.DefinitionLists.Defaults;
        ContactFields.Apply(contact, request, null, lists, errors, DateOnly.FromDateTime(now));
        (customFields ?? CustomFields.CustomFieldSet.None).Apply(contact, request.CustomFields, creating: true, errors);
        RequireClearance(contact, clearance, errors);
        ContactPointInput.AddAll(contact, request, defaultCountry, lists, errors);
        ContactFields.RequireAnyField(contact, errors);
        return errors.HasErrors ? null : contact;
    }

    // A contact made more confidential than the caller may see would vanish for its own author.
    internal static void RequireClearance(Contact contact, Access.Clearance clearance, ValidationErrors errors)
    {
        if (contact.Confidentiality > clearance)
        {
            errors.Add("confidentiality", "You cannot make a contact more confidential than your own clearance.");
        }
    }
}
