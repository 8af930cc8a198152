using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Data;
using ContactHub.Definitions;
using ContactHub.Definitions.Lists;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Bulk;

/// <summary>
/// Bulk actions on contacts (the API's <c>POST /contacts/bulk-actions</c> and the back-office list): checks the request,
/// counts its target for the confirmation, and starts it — in the request when the target is small
/// (<see cref="InlineLimit"/>), else as a <see cref="ContactsBulkActionRun"/>. Both go through <see cref="BulkActionWork"/>.
/// </summary>
public sealed class BulkActionService(AppDbContext db, BulkActionWork work, RunService runs)
{
    /// <summary>Up to this many contacts an action runs in the request; more become a background run with progress.</summary>
    public const int InlineLimit = 50;

    /// <summary>The most ids one selection may name; larger sets are a filter.</summary>
    public const int MaxSelection = 5_000;

    /// <summary>The request checked (category and notification type by key), described and counted as the caller sees it now.</summary>
    public async Task<BulkActionPlan> PlanAsync(BulkActionRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if ((request.Ids is null) == (request.Filter is null))
        {
            errors.Add("ids", "Give either the selected ids or a filter (the whole filtered list), not both.");
        }
        else if (request.Ids is { } ids && (ids.Count == 0 || ids.Count > MaxSelection))
        {
            errors.Add("ids", $"Select between 1 and {MaxSelection:N0} contacts; for more, act on a filter.");
        }

        var (checkedRequest, description) = request.Action switch
        {
            BulkAction.AddCategory or BulkAction.RemoveCategory => await CategoryAsync(request, errors, ct),
            BulkAction.CheckReachability => await NotificationTypeAsync(request, errors, ct),
            _ => (request with { Category = null, NotificationType = null }, "Delete (move to the recycle bin)"),
        };
        errors.ThrowIfAny();
        var count = await (await work.TargetsAsync(checkedRequest, ct)).CountAsync(ct);
        return new BulkActionPlan(checkedRequest, description, count);
    }

    /// <summary>Checks and starts the action: done at once for a small target, else queued as a run (the run's Location to poll).</summary>
    public async Task<BulkActionStart> StartAsync(BulkActionRequest request, CancellationToken ct)
    {
        var plan = await PlanAsync(request, ct);
        var checkedRequest = plan.Request;
        if (plan.Count <= InlineLimit)
        {
            return new BulkActionStart(plan.Count, plan.Description, await work.ExecuteAsync(checkedRequest, null, ct), null);
        }

        var parameters = ContactsBulkActionRun.ParametersOf(checkedRequest, plan.Description, plan.Count);
        var target = new BulkTarget(checkedRequest.Ids, checkedRequest.Filter).ToJson();
        return new BulkActionStart(plan.Count, plan.Description, null, await runs.QueueAsync(ContactsBulkActionRun.KindKey, parameters, ct, target));
    }

    private async Task<(BulkActionRequest, string)> CategoryAsync(BulkActionRequest request, ValidationErrors errors, CancellationToken ct)
    {
        var categories = (await db.ListsAsync(ct))[DefinitionList.Categories];
        var wanted = request.Category?.Trim();
        // Adding takes an active category, as every change does; removing also takes an archived one contacts still carry.
        var entry = categories.FirstOrDefault(e => string.Equals(e.Key, wanted, StringComparison.OrdinalIgnoreCase)
            && (request.Action == BulkAction.RemoveCategory || !e.Archived));
        if (entry is null)
        {
            var offered = string.Join(", ", categories.Where(e => !e.Archived).Select(e => e.Key));
            errors.Add("category", string.IsNullOrEmpty(wanted) ? $"Choose a category: {offered}." : $"'{wanted}' is not a category of this organisation; use one of: {offered}.");
            return (request, string.Empty);
        }

        var verb = request.Action == BulkAction.AddCategory ? "Add category" : "Remove category";
        return (request with { Category = entry.Key, NotificationType = null }, $"{verb} {entry.Name}");
    }

    private async Task<(BulkActionRequest, string)> NotificationTypeAsync(BulkActionRequest request, ValidationErrors errors, CancellationToken ct)
    {
        var key = request.NotificationType?.Trim();
        var type = await db.Set<NotificationType>().AsNoTracking().Where(t => t.Key == key).Select(t => new { t.Key, t.Name }).FirstOrDefaultAsync(ct);
        if (type is null)
        {
            var offered = string.Join(", ", await db.Set<NotificationType>().OrderBy(t => t.Key).Select(t => t.Key).ToListAsync(ct));
            errors.Add("notificationType", string.IsNullOrEmpty(key) ? $"Choose a notification type: {offered}." : $"Unknown notification type '{key}'; use one of: {offered}.");
            return (request, string.Empty);
        }

        return (request with { NotificationType = type.Key, Category = null }, $"Check reachability for {type.Name}");
    }
}
