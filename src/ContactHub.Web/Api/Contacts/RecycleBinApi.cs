using ContactHub.Contacts;
using ContactHub.Contacts.RecycleBin;
using ContactHub.Web.Api.Documentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Contacts;

/// <summary>
/// /api/v1/recycle-bin and /api/v1/contacts/{id}/restore: the contacts deleted (<c>DELETE /contacts/{id}</c>) in the
/// last 30 days, newest deletion first with a keyset cursor, and taking one back.
/// </summary>
public static class RecycleBinApi
{
    public static RouteGroupBuilder MapRecycleBinApi(this RouteGroupBuilder api)
    {
        // A group of its own, so what is required of these endpoints (their scopes) is not required of the caller's group.
        var bin = api.MapGroup(string.Empty).WithTags("Recycle bin");
        bin.MapGet("/recycle-bin", ListAsync)
            .Documented("listRecycleBin", "List deleted contacts", "Contacts deleted in the last 30 days, newest deletion first, paged by cursor; after 30 days a run purges them (their history stays).");
        bin.MapPost("/contacts/{id:guid}/restore", RestoreAsync)
            .WithVersionHeaders()
            .Documented("restoreContact", "Restore a deleted contact", "Takes a contact out of the recycle bin; refused (409) when another contact now holds its unique values.");
        return bin;
    }

    private static async Task<Ok<RecycleBinPage>> ListAsync(RecycleBinService service, string? cursor, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(cursor, limit ?? 50, ct));

    private static async Task<Ok<ContactView>> RestoreAsync(Guid id, HttpResponse response, RecycleBinService service, CancellationToken ct)
    {
        var contact = await service.RestoreAsync(id, ct);
        response.SetETag(contact.Version);
        return TypedResults.Ok(contact);
    }
}
