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
        api.MapGet("/recycle-bin", ListAsync).WithTags("Recycle bin");
        api.MapPost("/contacts/{id:guid}/restore", RestoreAsync).WithTags("Recycle bin");
        return api;
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
