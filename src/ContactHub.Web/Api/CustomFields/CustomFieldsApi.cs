using ContactHub.Web.Api.Documentation;
using ContactHub.CustomFields;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.CustomFields;

/// <summary>
/// /api/v1/definition/custom-fields: the organisation's own fields for persons and companies. DELETE archives
/// (values are kept), POST …/restore brings a field back.
/// </summary>
public static class CustomFieldsApi
{
    public static RouteGroupBuilder MapCustomFieldsApi(this RouteGroupBuilder api)
    {
        var fields = api.MapGroup("/definition/custom-fields").WithTags("Definition");
        fields.MapGet("/", ListAsync)
            .Documented("listCustomFields", "List custom fields", "The organisation's own fields for persons and companies; archived ones with includeArchived=true.");
        fields.MapGet("/{key}", GetAsync)
            .Documented("getCustomField", "Read a custom field", "One custom field's definition.");
        fields.MapPost("/", CreateAsync).Accepts<CustomFieldRequest>("application/json")
            .Documented("createCustomField", "Create a custom field", "Adds a custom field with its type, target and rules.");
        fields.MapPatch("/{key}", UpdateAsync).Accepts<CustomFieldRequest>("application/merge-patch+json", "application/json")
            .Documented("updateCustomField", "Change a custom field", "Applies a JSON merge patch to a custom field's definition.");
        fields.MapDelete("/{key}", ArchiveAsync)
            .Documented("archiveCustomField", "Archive a custom field", "Archives the field; stored values are kept and come back on restore.");
        fields.MapPost("/{key}/restore", RestoreAsync)
            .Documented("restoreCustomField", "Restore a custom field", "Brings an archived custom field back.");
        return fields;
    }

    private static async Task<Ok<IReadOnlyList<CustomFieldView>>> ListAsync(CustomFieldDefinitionService service, CancellationToken ct, bool includeArchived = false) =>
        TypedResults.Ok(await service.ListAsync(includeArchived, ct));

    private static async Task<Ok<CustomFieldView>> GetAsync(string key, CustomFieldDefinitionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(key, ct));

    private static async Task<Created<CustomFieldView>> CreateAsync(HttpRequest request, CustomFieldDefinitionService service, CancellationToken ct)
    {
        var created = await service.CreateAsync((await request.ReadJsonAsync<CustomFieldRequest>(ct)).Value, ct);
        return TypedResults.Created($"/api/v1/definition/custom-fields/{created.Key}", created);
    }

    private static async Task<Ok<CustomFieldView>> UpdateAsync(string key, HttpRequest request, CustomFieldDefinitionService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<CustomFieldRequest>(ct);
        return TypedResults.Ok(await service.UpdateAsync(key, body.Value, body.Present, ct));
    }

    private static async Task<Ok<CustomFieldView>> ArchiveAsync(string key, CustomFieldDefinitionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ArchiveAsync(key, ct));

    private static async Task<Ok<CustomFieldView>> RestoreAsync(string key, CustomFieldDefinitionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.RestoreAsync(key, ct));
}
