using ContactHub.Consent;
using ContactHub.Definitions;
using ContactHub.Definitions.Lists;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Consent;

/// <summary>
/// /api/v1/definition: the whole contact definition (GET/PUT) and its parts — completeness, managed lists, consent
/// purposes (with versioned texts), notification types, channel defaults, uniqueness and name rules.
/// </summary>
public static class DefinitionApi
{
    public sealed record NameRule(ContactHub.Contacts.NameOrder? Order);

    public static RouteGroupBuilder MapDefinitionApi(this RouteGroupBuilder api)
    {
        var definition = api.MapGroup("/definition").WithTags("Definition");
        definition.MapGet("/consent-purposes", (ConsentDefinitionService service, CancellationToken ct) => service.PurposesAsync(ct));
        definition.MapPost("/consent-purposes", CreatePurposeAsync).Accepts<ConsentPurposeRequest>("application/json");
        definition.MapPatch("/consent-purposes/{key}", UpdatePurposeAsync).Accepts<ConsentPurposeRequest>("application/json");
        definition.MapPost("/consent-purposes/{key}/texts", AddTextAsync).Accepts<ConsentTextRequest>("application/json");
        definition.MapGet("/notification-types", (ConsentDefinitionService service, CancellationToken ct) => service.NotificationTypesAsync(ct));
        definition.MapPost("/notification-types", CreateNotificationTypeAsync).Accepts<NotificationTypeRequest>("application/json");
        definition.MapGet("/channels", (ConsentDefinitionService service, CancellationToken ct) => service.ChannelDefaultsAsync(ct));
        definition.MapPut("/channels", SetChannelsAsync).Accepts<ChannelDefaultsRequest>("application/json");
        definition.MapGet("/uniqueness", (UniquenessDefinitionService service, CancellationToken ct) => service.GetAsync(ct));
        definition.MapPut("/uniqueness", async (HttpRequest request, UniquenessDefinitionService service, CancellationToken ct) =>
            await service.SetAsync((await request.ReadJsonAsync<UniquenessRequest>(ct)).Value, ct)).Accepts<UniquenessRequest>("application/json");
        definition.MapGet(string.Empty, (DefinitionService service, CancellationToken ct) => service.GetAsync(ct));
        definition.MapPut(string.Empty, async (HttpRequest request, DefinitionService service, CancellationToken ct) =>
            await service.ReplaceAsync((await request.ReadJsonAsync<DefinitionRequest>(ct)).Value, ct)).Accepts<DefinitionRequest>("application/json");
        definition.MapGet("/history", async (ContactHub.Audit.HistoryService history, CancellationToken ct, DateTime? from = null, DateTime? to = null) =>
            await history.ForDefinitionAsync(from?.ToUniversalTime(), to?.ToUniversalTime(), ct));
        definition.MapGet("/completeness", (DefinitionService service, CancellationToken ct) => service.GetCompletenessAsync(ct));
        definition.MapPut("/completeness", async (HttpRequest request, DefinitionService service, CancellationToken ct) =>
            await service.SetCompletenessAsync((await request.ReadJsonAsync<CompletenessRequest>(ct)).Value, ct)).Accepts<CompletenessRequest>("application/json");
        definition.MapGet("/lists", (ListDefinitionService service, CancellationToken ct) => service.AllAsync(ct));
        definition.MapGet("/lists/{list}", (string list, ListDefinitionService service, CancellationToken ct) => service.GetAsync(ListOf(list), ct));
        definition.MapPut("/lists/{list}", async (string list, HttpRequest request, ListDefinitionService service, CancellationToken ct) =>
            await service.ReplaceAsync(ListOf(list), (await request.ReadJsonAsync<ListRequest>(ct)).Value, ct)).Accepts<ListRequest>("application/json");
        definition.MapGet("/name-rule", async (ConsentDefinitionService service, CancellationToken ct) => new NameRule(await service.NameOrderAsync(ct)));
        definition.MapPut("/name-rule", async (HttpRequest request, ConsentDefinitionService service, CancellationToken ct) =>
            new NameRule(await service.SetNameOrderAsync((await request.ReadJsonAsync<NameRule>(ct)).Value.Order, ct))).Accepts<NameRule>("application/json");
        return definition;
    }

    private static DefinitionList ListOf(string name) =>
        ListDefinitionService.Parse(name) ?? throw new ContactHub.Common.NotFoundException($"The list '{name}'");

    private static async Task<Created<ConsentPurposeView>> CreatePurposeAsync(HttpRequest request, ConsentDefinitionService service, CancellationToken ct)
    {
        var created = await service.CreatePurposeAsync((await request.ReadJsonAsync<ConsentPurposeRequest>(ct)).Value, ct);
        return TypedResults.Created($"/api/v1/definition/consent-purposes/{created.Key}", created);
    }

    private static async Task<Ok<ConsentPurposeView>> UpdatePurposeAsync(string key, HttpRequest request, ConsentDefinitionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.UpdatePurposeAsync(key, (await request.ReadJsonAsync<ConsentPurposeRequest>(ct)).Value, ct));

    private static async Task<Created<ConsentTextView>> AddTextAsync(string key, HttpRequest request, ConsentDefinitionService service, CancellationToken ct)
    {
        var created = await service.AddTextAsync(key, (await request.ReadJsonAsync<ConsentTextRequest>(ct)).Value, ct);
        return TypedResults.Created($"/api/v1/definition/consent-purposes/{key}", created);
    }

    private static async Task<Created<NotificationTypeView>> CreateNotificationTypeAsync(HttpRequest request, ConsentDefinitionService service, CancellationToken ct)
    {
        var created = await service.CreateNotificationTypeAsync((await request.ReadJsonAsync<NotificationTypeRequest>(ct)).Value, ct);
        return TypedResults.Created("/api/v1/definition/notification-types", created);
    }

    private static async Task<Ok<ChannelDefaultsView>> SetChannelsAsync(HttpRequest request, ConsentDefinitionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.SetChannelDefaultsAsync((await request.ReadJsonAsync<ChannelDefaultsRequest>(ct)).Value, ct));
}
