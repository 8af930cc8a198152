namespace ContactHub.Web.Pages.Contacts;

/// <summary>What the header and tab bar of every contact page need (rendered by _ContactHeader).</summary>
public sealed record ContactHeader(ContactHub.Contacts.ContactView Contact, ContactTab Active)
{
    public static string PathOf(Guid id, ContactTab tab) => tab switch
    {
        ContactTab.Links => $"/contacts/{id}/links",
        ContactTab.Consent => $"/contacts/{id}/consent",
        ContactTab.History => $"/contacts/{id}/history",
        ContactTab.Interactions => $"/contacts/{id}/interactions",
        _ => $"/contacts/{id}",
    };

    /// <summary>An active e-mail address the mail server refused: shown as a symbol, because mail to it will not arrive.</summary>
    public bool Bounced => Contact.Emails.Any(e => e.IsActive && e.BounceStatus != ContactHub.Consent.BounceStatus.None);
}
