using ContactHub.Web.Api.Documentation;
using ContactHub.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Contacts;

/// <summary>Relations (outward; inward ones are read on the other contact), company links and the photo.</summary>
public static class ContactLinksApi
{
    public sealed record RelationRequest(Guid? RelatedContactId, string? Type);

    public sealed record RelationTypeRequest(string? Type);

    public sealed record CompanyLinkRequest(Guid? CompanyId, string? Role);

    public sealed record RoleRequest(string? Role);

    public static RouteGroupBuilder MapContactLinksApi(this RouteGroupBuilder contacts)
    {
        var relations = contacts.MapGroup("/{contactId:guid}/relations").WithTags("Relations");
        relations.MapPost("/", AddRelationAsync).Accepts<RelationRequest>("application/json")
            .WithVersionHeaders()
            .Documented("addRelation", "Relate two contacts", "Adds an outward relation of the given type to another contact; the inward one is read on the other contact.");
        relations.MapPatch("/{relationId:guid}", ChangeRelationAsync).Accepts<RelationTypeRequest>("application/json")
            .WithVersionHeaders()
            .Documented("changeRelation", "Change a relation's type", "Sets the type of an outward relation.");
        relations.MapDelete("/{relationId:guid}", RemoveRelationAsync)
            .WithVersionHeaders()
            .Documented("removeRelation", "Remove a relation", "Removes an outward relation; the contact's new ETag is in the answer.");

        var companies = contacts.MapGroup("/{contactId:guid}/companies").WithTags("Company links");
        companies.MapPost("/", ConnectAsync).Accepts<CompanyLinkRequest>("application/json")
            .WithVersionHeaders()
            .Documented("connectCompany", "Link a person to a company", "Links the contact to a company contact with an optional role.");
        companies.MapPatch("/{linkId:guid}", ChangeRoleAsync).Accepts<RoleRequest>("application/json")
            .WithVersionHeaders()
            .Documented("changeCompanyRole", "Change a company link's role", "Sets the role of the contact at the linked company.");
        companies.MapDelete("/{linkId:guid}", DisconnectAsync)
            .WithVersionHeaders()
            .Documented("disconnectCompany", "Remove a company link", "Removes the link between the contact and a company.");

        var photo = contacts.MapGroup("/{contactId:guid}/photo").WithTags("Photo");
        photo.MapPut("/", SetPhotoAsync).Accepts<Stream>("image/jpeg", "image/png", "image/gif", "image/webp")
            .WithVersionHeaders()
            .Documented("setPhoto", "Upload the photo", "Replaces the contact's photo with the image in the body (JPEG, PNG, GIF or WebP, size-limited).");
        photo.MapGet("/", GetPhotoAsync).Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/gif", "image/webp")
            .Documented("getPhoto", "Download the photo", "Answers with the contact's photo in its own image type; 404 when it has none.");
        photo.MapDelete("/", RemovePhotoAsync)
            .WithVersionHeaders()
            .Documented("removePhoto", "Remove the photo", "Removes the contact's photo.");
        return contacts;
    }

    private static async Task<Created<RelationView>> AddRelationAsync(Guid contactId, HttpRequest request, ContactLinkService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<RelationRequest>(ct)).Value;
        var related = body.RelatedContactId ?? throw Common.ValidationFailedException.For("relatedContactId", "The related contact's id is required.");
        var (relation, version) = await service.AddRelationAsync(contactId, related, body.Type, ct);
        request.HttpContext.Response.SetETag(version);
        return TypedResults.Created($"/api/v1/contacts/{contactId}/relations/{relation.Id}", RelationView.From(relation, relation.RelatedContactId, string.Empty));
    }

    private static async Task<Ok<RelationView>> ChangeRelationAsync(Guid contactId, Guid relationId, HttpRequest request, ContactLinkService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<RelationTypeRequest>(ct)).Value;
        var (relation, version) = await service.ChangeRelationAsync(contactId, relationId, body.Type, ct);
        request.HttpContext.Response.SetETag(version);
        return TypedResults.Ok(RelationView.From(relation, relation.RelatedContactId, string.Empty));
    }

    private static async Task<NoContent> RemoveRelationAsync(Guid contactId, Guid relationId, HttpResponse response, ContactLinkService service, CancellationToken ct)
    {
        response.SetETag(await service.RemoveRelationAsync(contactId, relationId, ct));
        return TypedResults.NoContent();
    }

    private static async Task<Created<CompanyLinkView>> ConnectAsync(Guid contactId, HttpRequest request, ContactLinkService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<CompanyLinkRequest>(ct)).Value;
        var company = body.CompanyId ?? throw Common.ValidationFailedException.For("companyId", "The company's id is required.");
        var (link, version) = await service.ConnectAsync(contactId, company, body.Role, ct);
        request.HttpContext.Response.SetETag(version);
        return TypedResults.Created($"/api/v1/contacts/{contactId}/companies/{link.Id}", CompanyLinkView.From(link, link.CompanyId, string.Empty));
    }

    private static async Task<Ok<CompanyLinkView>> ChangeRoleAsync(Guid contactId, Guid linkId, HttpRequest request, ContactLinkService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<RoleRequest>(ct)).Value;
        var (link, version) = await service.ChangeRoleAsync(contactId, linkId, body.Role, ct);
        request.HttpContext.Response.SetETag(version);
        return TypedResults.Ok(CompanyLinkView.From(link, link.CompanyId, string.Empty));
    }

    private static async Task<NoContent> DisconnectAsync(Guid contactId, Guid linkId, HttpResponse response, ContactLinkService service, CancellationToken ct)
    {
        response.SetETag(await service.DisconnectAsync(contactId, linkId, ct));
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetPhotoAsync(Guid contactId, HttpRequest request, ContactLinkService service, CancellationToken ct)
    {
        // Read one byte past the limit so an oversized upload is refused without buffering all of it.
        var limited = new byte[ContactPhoto.MaxBytes + 1];
        var total = 0;
        int read;
        while (total < limited.Length && (read = await request.Body.ReadAsync(limited.AsMemory(total), ct)) > 0)
        {
            total += read;
        }

        request.HttpContext.Response.SetETag(await service.SetPhotoAsync(contactId, limited[..total], ct));
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> GetPhotoAsync(Guid contactId, ContactLinkService service, CancellationToken ct)
    {
        var photo = await service.GetPhotoAsync(contactId, ct);
        return TypedResults.File(photo.Data, photo.ContentType);
    }

    private static async Task<NoContent> RemovePhotoAsync(Guid contactId, HttpResponse response, ContactLinkService service, CancellationToken ct)
    {
        response.SetETag(await service.RemovePhotoAsync(contactId, ct));
        return TypedResults.NoContent();
    }
}
