namespace ContactHub.Web.Pages.Contacts;

/// <summary>An optional column of the contacts list: its key (as kept in the operator's choice), heading and default.</summary>
public sealed record ListColumn(string Key, string Label, bool ShownByDefault);
