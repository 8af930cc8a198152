using ContactHub.Contacts.Bulk;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>Whether a bulk action is for the rows ticked on the page or for every contact the list's filters match.</summary>
public enum BulkTargetChoice
{
    Selected,
    All,
}

/// <summary>
/// What <c>_BulkActionBar</c> shows: the action and its parameter, and the two targets (the ticked rows, all matching).
/// The list renders it above its rows; the bulk page renders it again with the field messages when a choice is missing.
/// </summary>
public sealed record BulkActionBar(
    IReadOnlyList<Definitions.Lists.ListEntryView> Categories,
    IReadOnlyList<Consent.NotificationTypeView> NotificationTypes,
    string MatchingText,
    BulkTargetChoice Target = BulkTargetChoice.Selected,
    string? Action = null,
    string? Category = null,
    string? NotificationType = null,
    int? SelectedCount = null)
{
    public static string Label(BulkAction action) => action switch
    {
        BulkAction.AddCategory => "Add category",
        BulkAction.RemoveCategory => "Remove category",
        BulkAction.CheckReachability => "Check reachability",
        _ => "Delete (to the recycle bin)",
    };
}
