using ContactHub.Web.Api.Documentation;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Segments;
using ContactHub.Contacts;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Consent;

/// <summary>Consent evidence and state, bounces and reachability of one contact; the batch policy for many.</summary>
public static class ConsentApi
{
    public sealed record BatchRequest(string? NotificationType, Channel? Channel, IReadOnlyList<Guid>? ContactIds, string? Cursor, int? Limit, Guid? SegmentId = null);

    public static RouteGroupBuilder MapConsentApi(this RouteGroupBuilder contacts)
    {
        var consent = contacts.MapGroup("/{contactId:guid}").WithTags("Consent and reachability");
        consent.MapGet("/consents", (Guid contactId, ConsentService service, CancellationToken ct) => service.StateAsync(contactId, ct))
            .Documented("getConsents", "Read consent states", "The contact's current consent state per purpose and scope (the newest decision wins).");
        consent.MapGet("/consents/history", (Guid contactId, ConsentService service, CancellationToken ct) => service.HistoryAsync(contactId, ct))
            .Documented("getConsentHistory", "Read consent evidence", "Every recorded consent event of the contact, oldest first, with its evidence.");
        consent.MapPost("/consents", RecordAsync).Accepts<ConsentEventRequest>("application/json")
            .Documented("recordConsent", "Record a consent decision", "Records a consent event (given, withdrawn, ...) with its evidence; the state follows in the same transaction.");
        consent.MapPost("/emails/{emailId:guid}/bounce", BounceAsync).Accepts<BounceRequest>("application/json")
            .WithVersionHeaders()
            .Documented("recordBounce", "Record a bounce", "Records a hard or soft bounce on one of the contact's e-mail addresses.");
        consent.MapGet("/reachability", (Guid contactId, string? notificationType, string? channel, ReachabilityService service, CancellationToken ct) =>
            service.DecideAsync(contactId, notificationType, QueryValues.Enum<Channel>(channel, "channel"), ct))
            .Documented("getReachability", "Ask reachability", "Decides whether the contact may be reached for a notification type on a channel, with every reason (and a fallback channel where the definition has one).");
        consent.MapGet("/reachability/overrides", (Guid contactId, ReachabilityService service, CancellationToken ct) => service.OverridesAsync(contactId, ct))
            .Documented("listReachabilityOverrides", "List reachability overrides", "The manual overrides recorded for the contact.");
        consent.MapPost("/reachability/overrides", OverrideAsync).Accepts<OverrideRequest>("application/json")
            .Documented("addReachabilityOverride", "Override reachability", "Records a manual override of the reachability decision for the contact.");
        return contacts;
    }

    public static RouteGroupBuilder MapReachabilityBatchApi(this RouteGroupBuilder api)
    {
        // A POST only because a batch of ids does not fit a URL: it reads.
        api.MapPost("/reachability/batch", BatchAsync).Accepts<BatchRequest>("application/json").WithTags("Consent and reachability")
            .RequireScope(ContactHub.Access.ApiScopes.ContactsRead)
            .Documented("decideReachabilityBatch", "Ask reachability for many", "Decides reachability for a list of contact ids, or a page of a segment's members (segmentId) or of all contacts (a POST because the ids do not fit a URL; it only reads).");
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

    private static async Task<Ok<ReachabilityBatch>> BatchAsync(HttpRequest request, ReachabilityService service, SegmentService segments, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<BatchRequest>(ct)).Value;
        var recipients = body.SegmentId is { } segmentId ? await segments.MembersAsync(segmentId, ct) : null;
        return TypedResults.Ok(await service.DecideBatchAsync(body.NotificationType, body.Channel, body.ContactIds, body.Cursor, body.Limit ?? 1000, ct, recipients));
    }
}
