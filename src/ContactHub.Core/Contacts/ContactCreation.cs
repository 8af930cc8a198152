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
    internal static Contact? TryCreate(Guid organisationId, string defaultCountry, ContactRequest request, DateTime now, ValidationErrors errors)
    {
        if (request.Kind is not { } kind)
        {
            errors.Add("kind", "Say whether the contact is a \"person\" or a \"company\".");
            return null;
        }

        var contact = new Contact(organisationId, kind, now);
        ContactFields.Apply(contact, request, null, errors, DateOnly.FromDateTime(now));
        ContactPointInput.AddAll(contact, request, defaultCountry, errors);
        return errors.HasErrors ? null : contact;
    }
}
