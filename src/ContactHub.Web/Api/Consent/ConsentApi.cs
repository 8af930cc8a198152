using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Consent;

/// <summary>Consent evidence and state, bounces and reachability of one contact; the batch policy for many.</summary>
public static class ConsentApi
{
    public sealed record BatchRequest(string? NotificationType, Channel? Channel, IReadOnlyList<Guid>? ContactIds, string? Cursor, int? Limit);

    public static RouteGroupBuilder MapConsentApi(this RouteGroupBuilder contacts)
    {
        var consent = contacts.MapGroup("/{contactId:guid}").WithTags("Consent and reachability");
        consent.MapGet("/consents", (Guid contactId, ConsentService service, CancellationToken ct) => service.StateAsync(contactId, ct));
        consent.MapGet("/consents/history", (Guid contactId, ConsentService service, CancellationToken ct) => service.HistoryAsync(contactId, ct));
        consent.MapPost("/consents", RecordAsync).Accepts<ConsentEventRequest>("application/json");
        consent.MapPost("/emails/{emailId:guid}/bounce", BounceAsync).Accepts<BounceRequest>("application/json");
        consent.MapGet("/reachability", (Guid contactId, string? notificationType, string? channel, ReachabilityService service, CancellationToken ct) =>
            service.DecideAsync(contactId, notificationType, QueryValues.Enum<Channel>(channel, "channel"), ct));
        consent.MapGet("/reachability/overrides", (Guid contactId, ReachabilityService service, CancellationToken ct) => service.OverridesAsync(contactId, ct));
        consent.MapPost("/reachability/overrides", OverrideAsync).Accepts<OverrideRequest>("application/json");
        return contacts;
    }

    public static RouteGroupBuilder MapReachabilityBatchApi(this RouteGroupBuilder api)
    {
        // A POST only because a batch of ids does not fit a URL: it reads.
        api.MapPost("/reachability/batch", BatchAsync).Accepts<BatchRequest>("application/json").WithTags("Consent and reachability")
            .RequireScope(ContactHub.Access.ApiScopes.ContactsRead);
        return api;
    }

    private static async Task<Created<ConsentEventView>> RecordAsync(Guid contactId, HttpRequest request, ConsentService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<ConsentEventRequest>(ct);
        var recorded = await service.RecordAsync(contactId, body.Value, ct);
        return TypedResults.Created($"/api/v1/contacts/{contactId}/consents/history", recorded);
    }

    private static async Task<Ok<EmailView>> BounceAsync(Guid contactId, Guid emailId, HttpRequest request, ConsentService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<BounceRequest>(ct);
        var (email, version) = await service.RecordBounceAsync(contactId, emailId, body.Value, ct);
        request.HttpContext.Response.SetETag(version);
        return TypedResults.Ok(email);
    }

    private static async Task<Created<OverrideView>> OverrideAsync(Guid contactId, HttpRequest request, ReachabilityService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<OverrideRequest>(ct);
        var created = await service.OverrideAsync(contactId, body.Value, ct);
        return TypedResults.Created($"/api/v1/contacts/{contactId}/reachability", created);
    }

    private static async Task<Ok<ReachabilityBatch>> BatchAsync(HttpRequest request, ReachabilityService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<BatchRequest>(ct)).Value;
        return TypedResults.Ok(await service.DecideBatchAsync(body.NotificationType, body.Channel, body.ContactIds, body.Cursor, body.Limit ?? 1000, ct));
    }
}
