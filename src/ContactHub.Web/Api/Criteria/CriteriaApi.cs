using ContactHub.Criteria;
using ContactHub.Web.Api.Documentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Criteria;

/// <summary>
/// /api/v1/definition/criteria: the organisation's classifications of contacts and their managed choices. DELETE
/// archives (values are kept), POST …/restore brings one back; choices are archived, restored and reordered the same way.
/// </summary>
public static class CriteriaApi
{
    public static RouteGroupBuilder MapCriteriaApi(this RouteGroupBuilder api)
    {
        var criteria = api.MapGroup("/definition/criteria").WithTags("Definition");
        criteria.MapGet("/", ListAsync)
            .Documented("listCriteria", "List criteria", "The organisation's criteria with their choices; archived ones with includeArchived=true.");
        criteria.MapGet("/{key}", GetAsync)
            .Documented("getCriterion", "Read a criterion", "One criterion with its choices, archived ones included.");
        criteria.MapPost("/", CreateAsync).Accepts<CriterionRequest>("application/json")
            .Documented("createCriterion", "Create a criterion", "Adds a criterion for persons, companies or both, single or multiple choice, with its choices.");
        criteria.MapPatch("/{key}", UpdateAsync).Accepts<CriterionRequest>("application/merge-patch+json", "application/json")
            .Documented("updateCriterion", "Change a criterion", "Applies a JSON merge patch: name, sort order, choices (existing keys stay; new ones are added).");
        criteria.MapDelete("/{key}", ArchiveAsync)
            .Documented("archiveCriterion", "Archive a criterion", "Archives the criterion; contacts keep their values, which come back on restore.");
        criteria.MapPost("/{key}/restore", RestoreAsync)
            .Documented("restoreCriterion", "Restore a criterion", "Brings an archived criterion back.");
        criteria.MapDelete("/{key}/choices/{choice}", ArchiveChoiceAsync)
            .Documented("archiveCriterionChoice", "Archive a choice", "The choice stays on contacts that have it but is no longer offered.");
        criteria.MapPost("/{key}/choices/{choice}/restore", RestoreChoiceAsync)
            .Documented("restoreCriterionChoice", "Restore a choice", "Offers an archived choice again.");
        criteria.MapPut("/{key}/choices/order", ReorderAsync).Accepts<CriterionOrderRequest>("application/json")
            .Documented("reorderCriterionChoices", "Reorder choices", "Puts the choices in the order of the keys given (each once).");
        return criteria;
    }

    private static async Task<Ok<IReadOnlyList<CriterionView>>> ListAsync(CriterionService service, CancellationToken ct, bool includeArchived = false) =>
        TypedResults.Ok(await service.ListAsync(includeArchived, ct));

    private static async Task<Ok<CriterionView>> GetAsync(string key, CriterionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(key, ct));

    private static async Task<Created<CriterionView>> CreateAsync(HttpRequest request, CriterionService service, CancellationToken ct)
    {
        var created = await service.CreateAsync((await request.ReadJsonAsync<CriterionRequest>(ct)).Value, ct);
        return TypedResults.Created($"/api/v1/definition/criteria/{created.Key}", created);
    }

    private static async Task<Ok<CriterionView>> UpdateAsync(string key, HttpRequest request, CriterionService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<CriterionRequest>(ct);
        return TypedResults.Ok(await service.UpdateAsync(key, body.Value, body.Present, ct));
    }

    private static async Task<Ok<CriterionView>> ArchiveAsync(string key, CriterionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ArchiveAsync(key, ct));

    private static async Task<Ok<CriterionView>> RestoreAsync(string key, CriterionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.RestoreAsync(key, ct));

    private static async Task<Ok<CriterionView>> ArchiveChoiceAsync(string key, string choice, CriterionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ArchiveChoiceAsync(key, choice, ct));

    private static async Task<Ok<CriterionView>> RestoreChoiceAsync(string key, string choice, CriterionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.RestoreChoiceAsync(key, choice, ct));

    private static async Task<Ok<CriterionView>> ReorderAsync(string key, HttpRequest request, CriterionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ReorderChoicesAsync(key, (await request.ReadJsonAsync<CriterionOrderRequest>(ct)).Value.Keys, ct));
}
