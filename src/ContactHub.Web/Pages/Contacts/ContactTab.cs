namespace ContactHub.Web.Pages.Contacts;

/// <summary>The tabs of a contact's pages; each has a URL of its own, so a tab can be linked, reloaded and gone back to.</summary>
public enum ContactTab
{
    Overview,
    Links,
    Consent,
    Interactions,
    History,
}
