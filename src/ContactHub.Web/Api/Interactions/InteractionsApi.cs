using ContactHub.Common;
using ContactHub.Interactions;
using ContactHub.Web.Api.Documentation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Api.Interactions;

/// <summary>
/// /api/v1/interactions and /api/v1/contacts/{id}/interactions: contact moments (calls, e-mails, letters, meetings,
/// documents). An interaction is visible through any of its contacts the key may see; the others are not named.
/// </summary>
public static class InteractionsApi
{
    public static RouteGroupBuilder MapInteractionsApi(this RouteGroupBuilder api)
    {
        // One group for both paths, so the scopes set on it cover the contact's list too.
        var group = api.MapGroup(string.Empty).WithTags("Interactions");
        var interactions = group.MapGroup("/interactions");
        interactions.MapGet("/", ListAsync)
            .Documented("listInteractions", "List interactions", "Interactions the key may see, newest first, filtered by type, status, from/to (when it happened) and contactId; one page at a time with an opaque cursor.");
        interactions.MapGet("/{id:guid}", GetAsync)
            .Documented("getInteraction", "Read an interaction", "One interaction with the contacts the key may see.");
        interactions.MapPost("/", CreateAsync).Accepts<InteractionRequest>("application/json")
            .Documented("createInteraction", "Record an interaction", "Records a call, e-mail, letter, meeting or document with one or more contacts; each contact's history shows it.");
        interactions.MapPatch("/{id:guid}", UpdateAsync).Accepts<InteractionRequest>("application/merge-patch+json", "application/json")
            .Documented("updateInteraction", "Change an interaction", "Applies a JSON merge patch: status, type, direction, medium, subject, description, when. The contacts stay.");
        group.MapGet("/contacts/{id:guid}/interactions", ListOfContactAsync)
            .Documented("listContactInteractions", "List a contact's interactions", "The contact's interactions, newest first, with the same filters as the list of all.");
        return group;
    }

    private static async Task<Ok<InteractionPage>> ListAsync([AsParameters] InteractionListRequest list, InteractionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(list.ToQuery(null), ct));

    private static async Task<Ok<InteractionPage>> ListOfContactAsync(Guid id, [AsParameters] InteractionListRequest list, InteractionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(list.ToQuery(id), ct));

    private static async Task<Ok<InteractionView>> GetAsync(Guid id, InteractionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(id, ct));

    private static async Task<Created<InteractionView>> CreateAsync(HttpRequest request, InteractionService service, CancellationToken ct)
    {
        var created = await service.CreateAsync((await request.ReadJsonAsync<InteractionRequest>(ct)).Value, ct);
        return TypedResults.Created($"/api/v1/interactions/{created.Id}", created);
    }

    private static async Task<Ok<InteractionView>> UpdateAsync(Guid id, HttpRequest request, InteractionService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<InteractionRequest>(ct);
        return TypedResults.Ok(await service.UpdateAsync(id, body.Value, body.Present, ct));
    }
}

/// <summary>The query string of an interaction list; a malformed value is a field error under its name.</summary>
public sealed record InteractionListRequest
{
    /// <summary>call, email, letter, meeting or document.</summary>
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    /// <summary>open, closed or archived.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>Happened at or after: a date (start of day, UTC) or an ISO 8601 date-time.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Happened before (exclusive): a date (start of day, UTC) or an ISO 8601 date-time.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Only interactions with this contact.</summary>
    [FromQuery(Name = "contactId")]
    public string? ContactId { get; init; }

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    public InteractionQuery ToQuery(Guid? contactId)
    {
        Guid? filterContact = null;
        if (!string.IsNullOrWhiteSpace(ContactId))
        {
            filterContact = Guid.TryParse(ContactId, out var parsed) ? parsed : throw ValidationFailedException.For("contactId", "Must be a contact's id.");
        }

        return new InteractionQuery(
            contactId ?? filterContact,
            QueryValues.Enum<InteractionType>(Type, "type"),
            QueryValues.Enum<InteractionStatus>(Status, "status"),
            QueryValues.Instant(From, "from"),
            QueryValues.Instant(To, "to"),
            Cursor,
            QueryValues.Int(Limit, "limit") ?? 50);
    }
}
