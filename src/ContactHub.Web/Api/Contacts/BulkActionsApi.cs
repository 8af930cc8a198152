using ContactHub.Common;
using ContactHub.Contacts.Bulk;
using ContactHub.Web.Api.Documentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Contacts;

/// <summary>
/// <c>POST /api/v1/contacts/bulk-actions</c>: one action (add or remove a category, check reachability for a notification
/// type, delete) on the selected contacts (<c>ids</c>) or on the whole result of the list's filters (<c>filter</c>, the
/// names and values of <c>GET /contacts</c>). A small target is done at once (200 with the result); a larger one is
/// queued as a run (202, its Location the run to poll). Each contact is changed and audited as a single change.
/// </summary>
public static class BulkActionsApi
{
    /// <summary>The body: <c>action</c> addCategory | removeCategory | checkReachability | delete, its parameter, and either <c>ids</c> or <c>filter</c>.</summary>
    public sealed record BulkActionBody(string? Action, string? Category, string? NotificationType, IReadOnlyList<Guid>? Ids, IReadOnlyDictionary<string, string?>? Filter);

    public static RouteGroupBuilder MapBulkActionsApi(this RouteGroupBuilder api)
    {
        var bulk = api.MapGroup("/contacts").WithTags("Contacts");
        bulk.MapPost("/bulk-actions", StartAsync).Accepts<BulkActionBody>("application/json")
            .Documented(
                "startBulkAction",
                "Act on many contacts",
                $"Adds or removes a category, checks reachability for a notification type, or deletes (to the recycle bin) the selected contacts (ids, at most {BulkActionService.MaxSelection}) or every contact the list's filter matches. Up to {BulkActionService.InlineLimit} contacts are done at once (200 with counts and the contacts a rule refused); more become a background run (202, Location the run).");
        return bulk;
    }

    private static async Task<Results<Ok<BulkActionStart>, Accepted<BulkActionStart>>> StartAsync(HttpRequest request, BulkActionService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<BulkActionBody>(ct)).Value;
        var action = QueryValues.Enum<BulkAction>(body.Action, "action") ?? throw ValidationFailedException.For("action", "Choose addCategory, removeCategory, checkReachability or delete.");
        var filter = body.Filter is null ? null : ContactListRequest.QueryOf(body.Filter, "filter");
        var started = await service.StartAsync(new BulkActionRequest(action, body.Category, body.NotificationType, body.Ids, filter), ct);
        return started.Run is { } run ? TypedResults.Accepted($"/api/v1/runs/{run.Id}", started) : TypedResults.Ok(started);
    }
}
