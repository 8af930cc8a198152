using ContactHub.Common;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts.Listing;
using ContactHub.Contacts.Statistics;
using ContactHub.Segments;
using ContactHub.Web.Api.Documentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Segments;

/// <summary>
/// <c>/api/v1/segments</c>: saved filters over the contacts (dynamic: groups of the list's own query parameters, OR
/// between groups, plus included and excluded contacts) and frozen membership lists (static), with their members
/// page by page, their count and statistics; <c>GET /api/v1/statistics</c> gives the same statistics for all contacts.
/// </summary>
public static class SegmentsApi
{
    /// <summary>How many contacts the reachability figures decide for (in id order): the policy runs per contact.</summary>
    public const int ReachabilityCap = 10_000;

    /// <summary>Contacts added to or removed from a static segment.</summary>
    public sealed record MembersBody(IReadOnlyList<Guid>? ContactIds);

    /// <summary>The name of the static segment a freeze creates.</summary>
    public sealed record FreezeBody(string? Name);

    public static RouteGroupBuilder MapSegmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(string.Empty).WithTags("Segments");
        var segments = group.MapGroup("/segments");
        segments.MapGet("/", ListAsync)
            .Documented("listSegments", "List segments", "The shared segments of the organisation and the caller's own private ones, by name.");
        segments.MapPost("/", CreateAsync).Accepts<SegmentRequest>("application/json").WithVersionHeaders()
            .Documented("createSegment", "Create a segment", "A dynamic segment (groups of the contact list's query parameters: AND inside a group, OR between groups; include and exclude ids) or a static one (include: its members).");
        segments.MapGet("/{id:guid}", GetAsync).WithVersionHeaders()
            .Documented("getSegment", "Read a segment", "The segment's definition, with warnings for what it names that is archived since (it still evaluates).");
        segments.MapPut("/{id:guid}", UpdateAsync).Accepts<SegmentRequest>("application/json").WithVersionHeaders(IfMatchUse.Required)
            .Documented("updateSegment", "Replace a segment", "Replaces name, description, sharing and definition; the owner or an administrator only.");
        segments.MapDelete("/{id:guid}", DeleteAsync).WithVersionHeaders(IfMatchUse.Required, answersETag: false)
            .Documented("deleteSegment", "Delete a segment", "Deletes the segment (never its contacts); the owner or an administrator only.");
        segments.MapGet("/{id:guid}/contacts", ContactsAsync)
            .Documented("listSegmentContacts", "List a segment's contacts", "The members the caller may see, in order of creation, one page at a time with an opaque cursor (the contact list's page).");
        segments.MapGet("/{id:guid}/count", CountAsync)
            .Documented("countSegment", "Count a segment", "How many members the caller may see.");
        segments.MapGet("/{id:guid}/statistics", StatisticsAsync)
            .Documented("segmentStatistics", "A segment's statistics", $"Counts of the members by kind, status, life cycle, country, allowed and preferred channel, consent per purpose and reachability per notification type (decided for up to {ReachabilityCap} members); created per month.");
        segments.MapPost("/{id:guid}/members", AddMembersAsync).Accepts<MembersBody>("application/json").WithVersionHeaders()
            .Documented("addSegmentMembers", "Add members", $"Adds contacts (at most {SegmentService.MaxIds}) to a static segment.");
        segments.MapDelete("/{id:guid}/members", RemoveMembersAsync).Accepts<MembersBody>("application/json").WithVersionHeaders()
            .Documented("removeSegmentMembers", "Remove members", "Removes contacts from a static segment.");
        segments.MapPost("/{id:guid}/freeze", FreezeAsync).Accepts<FreezeBody>("application/json").WithVersionHeaders()
            .Documented("freezeSegment", "Freeze a segment", $"Creates a private static segment whose members are this segment's members now (at most {SegmentService.MaxIds}).");
        group.MapGet("/statistics", WholeBaseAsync)
            .Documented("contactStatistics", "Statistics of all contacts", $"The segment statistics for every contact the caller may see (reachability decided for up to {ReachabilityCap}).");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<SegmentSummary>>> ListAsync(SegmentService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(ct));

    private static async Task<Created<SegmentView>> CreateAsync(HttpRequest request, HttpResponse response, SegmentService service, CancellationToken ct)
    {
        var created = await service.CreateAsync((await request.ReadJsonAsync<SegmentRequest>(ct)).Value, ct);
        response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/segments/{created.Id}", created);
    }

    private static async Task<Ok<SegmentView>> GetAsync(Guid id, HttpResponse response, SegmentService service, CancellationToken ct) =>
        Versioned(response, await service.GetAsync(id, ct));

    private static async Task<Ok<SegmentView>> UpdateAsync(Guid id, HttpRequest request, HttpResponse response, SegmentService service, CancellationToken ct)
    {
        var version = request.RequireIfMatch();
        var body = (await request.ReadJsonAsync<SegmentRequest>(ct)).Value;
        return Versioned(response, await service.UpdateAsync(id, body, version, ct));
    }

    private static async Task<NoContent> DeleteAsync(Guid id, HttpRequest request, SegmentService service, CancellationToken ct)
    {
        await service.DeleteAsync(id, request.RequireIfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ContactPage>> ContactsAsync(Guid id, SegmentService service, CancellationToken ct, string? cursor = null, string? limit = null)
    {
        var size = QueryValues.Int(limit, "limit") ?? 50;
        if (size is < 1 or > ContactListService.MaxPageSize)
        {
            throw ValidationFailedException.For("limit", $"The limit must be between 1 and {ContactListService.MaxPageSize}.");
        }

        return TypedResults.Ok(await service.ContactsAsync(id, cursor, size, ct));
    }

    private static async Task<Ok<SegmentCount>> CountAsync(Guid id, SegmentService service, CancellationToken ct) =>
        TypedResults.Ok(new SegmentCount(await service.CountAsync(id, ct)));

    private static async Task<Ok<ContactStatisticsDetail>> StatisticsAsync(Guid id, SegmentService service, ContactStatistics statistics, ReachabilityService reachability, CancellationToken ct) =>
        TypedResults.Ok(await statistics.DetailAsync(await service.MembersAsync(id, ct), reachability, ReachabilityCap, ct));

    private static async Task<Ok<ContactStatisticsDetail>> WholeBaseAsync(ContactStatistics statistics, ContactHub.Data.AppDbContext db, ReachabilityService reachability, CancellationToken ct) =>
        TypedResults.Ok(await statistics.DetailAsync(db.Contacts, reachability, ReachabilityCap, ct));

    private static async Task<Ok<SegmentView>> AddMembersAsync(Guid id, HttpRequest request, HttpResponse response, SegmentService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<MembersBody>(ct)).Value;
        return Versioned(response, await service.AddMembersAsync(id, body.ContactIds ?? throw ValidationFailedException.For("contactIds", "Name the contacts."), ct));
    }

    private static async Task<Ok<SegmentView>> RemoveMembersAsync(Guid id, HttpRequest request, HttpResponse response, SegmentService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<MembersBody>(ct)).Value;
        return Versioned(response, await service.RemoveMembersAsync(id, body.ContactIds ?? throw ValidationFailedException.For("contactIds", "Name the contacts."), ct));
    }

    private static async Task<Created<SegmentView>> FreezeAsync(Guid id, HttpRequest request, HttpResponse response, SegmentService service, CancellationToken ct)
    {
        var frozen = await service.FreezeAsync(id, (await request.ReadJsonAsync<FreezeBody>(ct)).Value.Name, ct);
        response.SetETag(frozen.Version);
        return TypedResults.Created($"/api/v1/segments/{frozen.Id}", frozen);
    }

    private static Ok<SegmentView> Versioned(HttpResponse response, SegmentView view)
    {
        response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }
}

/// <summary>How many members of a segment the caller may see.</summary>
public sealed record SegmentCount(int Count);
