using ContactHub.Web.Api.Documentation;
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
        MapKind<EmailRequest, EmailView>(contacts, "emails", "Email", "an e-mail address", ContactPointKind.Email, p => EmailView.From((ContactEmail)p));
        MapKind<PhoneRequest, PhoneView>(contacts, "phones", "Phone", "a phone number", ContactPointKind.Phone, p => PhoneView.From((ContactPhone)p));
        MapKind<AddressRequest, AddressView>(contacts, "addresses", "Address", "a postal address", ContactPointKind.Address, p => AddressView.From((ContactAddress)p));
        return contacts;
    }

    /// <summary>The six operations of one kind; <paramref name="name"/> makes their operationIds (listEmails, addEmail, ...).</summary>
    private static void MapKind<TRequest, TView>(
        RouteGroupBuilder contacts, string segment, string name, string noun, ContactPointKind kind, Func<ContactPoint, TView> viewOf)
        where TRequest : class
    {
        var points = contacts.MapGroup($"/{{contactId:guid}}/{segment}").WithTags("Contact points");
        points.MapGet("/", async (Guid contactId, ContactPointService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(contactId, kind, ct)).Select(viewOf).ToList()))
            .Documented($"list{char.ToUpperInvariant(segment[0])}{segment[1..]}", $"List the contact's {segment}", $"The contact's {segment}, active and inactive, each with its type and whether it is in use.");

        points.MapPost("/", async Task<Created<TView>> (Guid contactId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
        {
            var body = await request.ReadJsonAsync<TRequest>(ct);
            var change = await service.AddAsync(contactId, body.Value, request.OptionalIfMatch(), ct);
            request.HttpContext.Response.SetETag(change.ContactVersion);
            return TypedResults.Created($"/api/v1/contacts/{contactId}/{segment}/{change.Point.Id}", viewOf(change.Point));
        }).Accepts<TRequest>("application/json")
            .WithVersionHeaders(IfMatchUse.Optional)
            .Documented($"add{name}", $"Add {noun}", $"Adds {noun} (active) to the contact; answers with it, its Location and the contact's new ETag.");

        points.MapPost("/{pointId:guid}/deactivate", (Guid contactId, Guid pointId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
            Respond(request, service.DeactivateAsync(contactId, kind, pointId, request.OptionalIfMatch(), ct), viewOf))
            .WithVersionHeaders(IfMatchUse.Optional)
            .Documented($"deactivate{name}", $"Deactivate {noun}", $"Marks {noun} inactive (one in use stays active).");

        points.MapPost("/{pointId:guid}/reactivate", (Guid contactId, Guid pointId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
            Respond(request, service.ReactivateAsync(contactId, kind, pointId, request.OptionalIfMatch(), ct), viewOf))
            .WithVersionHeaders(IfMatchUse.Optional)
            .Documented($"reactivate{name}", $"Reactivate {noun}", $"Makes {noun} active again (one active per type).");

        points.MapPut("/{pointId:guid}/in-use", async (Guid contactId, Guid pointId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
        {
            var body = await request.ReadJsonAsync<InUseRequest>(ct);
            return await Respond(request, service.SetInUseAsync(contactId, kind, pointId, body.Value.Reason, request.OptionalIfMatch(), ct), viewOf);
        }).Accepts<InUseRequest>("application/json")
            .WithVersionHeaders(IfMatchUse.Optional)
            .Documented($"set{name}InUse", $"Mark {noun} in use", $"Marks {noun} as in use (with a reason), so it cannot be deactivated or removed.");

        points.MapDelete("/{pointId:guid}", async (Guid contactId, Guid pointId, HttpRequest request, ContactPointService service, CancellationToken ct) =>
        {
            request.HttpContext.Response.SetETag(await service.RemoveAsync(contactId, kind, pointId, request.OptionalIfMatch(), ct));
            return TypedResults.NoContent();
        })
            .WithVersionHeaders(IfMatchUse.Optional)
            .Documented($"remove{name}", $"Remove {noun}", $"Removes {noun} (only an inactive one); answers with the contact's new ETag.");
    }

    private static async Task<Ok<TView>> Respond<TView>(HttpRequest request, Task<ContactPointChange> change, Func<ContactPoint, TView> viewOf)
    {
        var result = await change;
        request.HttpContext.Response.SetETag(result.ContactVersion);
        return TypedResults.Ok(viewOf(result.Point));
    }
}
