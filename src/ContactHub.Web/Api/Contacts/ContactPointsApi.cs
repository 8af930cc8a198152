using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Contacts;

/// <summary>
/// /contacts/{id}/emails, /phones and /addresses: the same operations for the three kinds of contact point.
/// Every response carries the contact's new ETag.
/// </summary>
public static class ContactPointsApi
{
    public sealed record InUseRequest(string? Reason);

    public static RouteGroupBuilder MapContactPointsApi(this RouteGroupBuilder contacts)
    {
        MapKind<EmailRequest>(contacts, "emails", ContactPointKind.Email);
        MapKind<PhoneRequest>(contacts, "phones", ContactPointKind.Phone);
        MapKind<AddressRequest>(contacts, "addresses", ContactPointKind.Address);
        return contacts;
    }

    private static void MapKind<TRequest>(RouteGroupBuilder contacts, string segment, ContactPointKind kind)
        where TRequest : class
    {
        var points = contacts.MapGroup($"/{{contactId:guid}}/{segment}").WithTags("Contact points");
        points.MapGet("/", async (Guid contactId, ContactPointService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(contactId, kind, ct)).Select(ViewOf).ToList()));

        points.MapPost("/", async Task<Created<object>> (Guid contactId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
        {
            var body = await request.ReadJsonAsync<TRequest>(ct);
            var change = await service.AddAsync(contactId, body.Value, request.OptionalIfMatch(), ct);
            request.HttpContext.Response.SetETag(change.ContactVersion);
            return TypedResults.Created($"/api/v1/contacts/{contactId}/{segment}/{change.Point.Id}", ViewOf(change.Point));
        }).Accepts<TRequest>("application/json");

        points.MapPost("/{pointId:guid}/deactivate", (Guid contactId, Guid pointId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
            Respond(request, service.DeactivateAsync(contactId, kind, pointId, request.OptionalIfMatch(), ct)));

        points.MapPost("/{pointId:guid}/reactivate", (Guid contactId, Guid pointId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
            Respond(request, service.ReactivateAsync(contactId, kind, pointId, request.OptionalIfMatch(), ct)));

        points.MapPut("/{pointId:guid}/in-use", async (Guid contactId, Guid pointId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
        {
            var body = await request.ReadJsonAsync<InUseRequest>(ct);
            return await Respond(request, service.SetInUseAsync(contactId, kind, pointId, body.Value.Reason, request.OptionalIfMatch(), ct));
        }).Accepts<InUseRequest>("application/json");

        points.MapDelete("/{pointId:guid}", async (Guid contactId, Guid pointId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
        {
            request.HttpContext.Response.SetETag(await service.RemoveAsync(contactId, kind, pointId, request.OptionalIfMatch(), ct));
            return TypedResults.NoContent();
        });
    }

    private static async Task<Ok<object>> Respond(HttpRequest request, Task<ContactPointChange> change)
    {
        var result = await change;
        request.HttpContext.Response.SetETag(result.ContactVersion);
        return TypedResults.Ok(ViewOf(result.Point));
    }

    private static object ViewOf(ContactPoint point) => point switch
    {
        ContactEmail e => EmailView.From(e),
        ContactPhone p => PhoneView.From(p),
        _ => AddressView.From((ContactAddress)point),
    };
}
