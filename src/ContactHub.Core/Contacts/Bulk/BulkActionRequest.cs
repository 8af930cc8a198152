using ContactHub.Contacts.Listing;
using ContactHub.Runs;

namespace ContactHub.Contacts.Bulk;

/// <summary>
/// A bulk action and its target: either <see cref="Ids"/> (the selected contacts) or <see cref="Filter"/> (the whole
/// result of the list's filters and search, read again when the action runs). <see cref="Category"/> is the category's
/// key for the category actions, <see cref="NotificationType"/> the type's key for the reachability check.
/// </summary>
public sealed record BulkActionRequest(
    BulkAction Action, string? Category = null, string? NotificationType = null, IReadOnlyList<Guid>? Ids = null, ContactQuery? Filter = null);

/// <summary>The result of an action done at once: the counters a run would have, and its report.</summary>
public sealed record BulkActionResult(long Scanned, long Changed, long Failed, RunResult Report);

/// <summary>How a started action goes on: done at once (<see cref="Result"/>), or queued as a background run (<see cref="Run"/>).</summary>
public sealed record BulkActionStart(int Count, string Description, BulkActionResult? Result, RunView? Run);

/// <summary>A checked request and how many contacts it reaches now, for the confirmation ("Add category VIP to 1,234 contacts?").</summary>
public sealed record BulkActionPlan(BulkActionRequest Request, string Description, int Count);
