namespace ContactHub.Contacts.Bulk;

/// <summary>
/// What a bulk action does to each contact of its target. Life cycle is no action: it is derived from the account
/// reference (<see cref="LifeCycles"/>), never set, so there is nothing a bulk action could set.
/// </summary>
public enum BulkAction
{
    AddCategory,
    RemoveCategory,

    /// <summary>Changes nothing: decides each contact's reachability for a notification type and counts the outcomes.</summary>
    CheckReachability,

    /// <summary>Moves each contact to the recycle bin, as a single delete does.</summary>
    Delete,
}
