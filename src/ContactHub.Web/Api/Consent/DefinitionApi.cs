using ContactHub.Consent;
using ContactHub.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Consent;

/// <summary>/api/v1/definition: the organisation's consent purposes (with versioned texts), notification types and channel defaults.</summary>
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
        definition.MapGet("/name-rule", async (ConsentDefinitionService service, CancellationToken ct) => new NameRule(await service.NameOrderAsync(ct)));
        definition.MapPut("/name-rule", async (HttpRequest request, ConsentDefinitionService service, CancellationToken ct) =>
            new NameRule(await service.SetNameOrderAsync((await request.ReadJsonAsync<NameRule>(ct)).Value.Order, ct))).Accepts<NameRule>("application/json");
        return definition;
    }

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
