using ContactHub.Contacts;
using ContactHub.Contacts.RecycleBin;
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
        bin.MapGet("/recycle-bin", ListAsync);
        bin.MapPost("/contacts/{id:guid}/restore", RestoreAsync);
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
