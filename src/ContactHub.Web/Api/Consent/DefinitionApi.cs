using ContactHub.Web.Api.Documentation;
using ContactHub.Consent;
using ContactHub.Definitions;
using ContactHub.Definitions.Lists;
using ContactHub.Definitions.PrivacyLevels;
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
        definition.MapGet("/consent-purposes", (ConsentDefinitionService service, CancellationToken ct) => service.PurposesAsync(ct))
            .Documented("listConsentPurposes", "List consent purposes", "The organisation's consent purposes with their versioned texts.");
        definition.MapPost("/consent-purposes", CreatePurposeAsync).Accepts<ConsentPurposeRequest>("application/json")
            .Documented("createConsentPurpose", "Create a consent purpose", "Adds a consent purpose to the definition.");
        definition.MapPatch("/consent-purposes/{key}", UpdatePurposeAsync).Accepts<ConsentPurposeRequest>("application/json")
            .Documented("updateConsentPurpose", "Change a consent purpose", "Changes a consent purpose's name, scope or state.");
        definition.MapPost("/consent-purposes/{key}/texts", AddTextAsync).Accepts<ConsentTextRequest>("application/json")
            .Documented("addConsentText", "Add a consent text version", "Adds a new version of a purpose's consent text; earlier versions stay as evidence.");
        definition.MapGet("/notification-types", (ConsentDefinitionService service, CancellationToken ct) => service.NotificationTypesAsync(ct))
            .Documented("listNotificationTypes", "List notification types", "The notification types reachability is asked for, with their purposes and channels.");
        definition.MapPost("/notification-types", CreateNotificationTypeAsync).Accepts<NotificationTypeRequest>("application/json")
            .Documented("createNotificationType", "Create a notification type", "Adds a notification type to the definition.");
        definition.MapGet("/channels", (ConsentDefinitionService service, CancellationToken ct) => service.ChannelDefaultsAsync(ct))
            .Documented("getChannelDefaults", "Read channel defaults", "The channels a new contact gets by default.");
        definition.MapPut("/channels", SetChannelsAsync).Accepts<ChannelDefaultsRequest>("application/json")
            .Documented("setChannelDefaults", "Replace channel defaults", "Replaces the channels a new contact gets by default.");
        definition.MapGet("/uniqueness", (UniquenessDefinitionService service, CancellationToken ct) => service.GetAsync(ct))
            .Documented("getUniquenessRules", "Read uniqueness rules", "The fields whose combination must be unique among the organisation's contacts.");
        definition.MapPut("/uniqueness", async (HttpRequest request, UniquenessDefinitionService service, CancellationToken ct) =>
            await service.SetAsync((await request.ReadJsonAsync<UniquenessRequest>(ct)).Value, ct)).Accepts<UniquenessRequest>("application/json")
            .Documented("setUniquenessRules", "Replace uniqueness rules", "Replaces the uniqueness rules; refused (409) while stored contacts clash.");
        definition.MapGet(string.Empty, (DefinitionService service, CancellationToken ct) => service.GetAsync(ct))
            .Documented("getDefinition", "Read the definition", "The whole contact definition of the organisation in one document.");
        definition.MapPut(string.Empty, async (HttpRequest request, DefinitionService service, CancellationToken ct) =>
            await service.ReplaceAsync((await request.ReadJsonAsync<DefinitionRequest>(ct)).Value, ct)).Accepts<DefinitionRequest>("application/json")
            .Documented("replaceDefinition", "Replace the definition", "Replaces the whole contact definition in one transaction.");
        definition.MapGet("/history", async (ContactHub.Audit.HistoryService history, CancellationToken ct, DateTime? from = null, DateTime? to = null) =>
            await history.ForDefinitionAsync(from?.ToUniversalTime(), to?.ToUniversalTime(), ct))
            .Documented("getDefinitionHistory", "Read the definition's history", "The audit entries of definition changes, optionally between from and to.");
        definition.MapGet("/completeness", (DefinitionService service, CancellationToken ct) => service.GetCompletenessAsync(ct))
            .Documented("getCompleteness", "Read completeness rules", "The fields a contact needs to count as complete rather than draft.");
        definition.MapPut("/completeness", async (HttpRequest request, DefinitionService service, CancellationToken ct) =>
            await service.SetCompletenessAsync((await request.ReadJsonAsync<CompletenessRequest>(ct)).Value, ct)).Accepts<CompletenessRequest>("application/json")
            .Documented("setCompleteness", "Replace completeness rules", "Replaces the fields a contact needs to count as complete.");
        definition.MapGet("/lists", (ListDefinitionService service, CancellationToken ct) => service.AllAsync(ct))
            .Documented("listManagedLists", "List managed lists", "Every managed list (titles, categories, relation types, ...) with its entries.");
        definition.MapGet("/lists/{list}", (string list, ListDefinitionService service, CancellationToken ct) => service.GetAsync(ListOf(list), ct))
            .Documented("getManagedList", "Read a managed list", "One managed list with its entries, archived ones included.");
        definition.MapPut("/lists/{list}", async (string list, HttpRequest request, ListDefinitionService service, CancellationToken ct) =>
            await service.ReplaceAsync(ListOf(list), (await request.ReadJsonAsync<ListRequest>(ct)).Value, ct)).Accepts<ListRequest>("application/json")
            .Documented("replaceManagedList", "Replace a managed list", "Replaces the entries of a managed list; an entry left out is archived, not deleted.");
        definition.MapGet("/name-rule", async (ConsentDefinitionService service, CancellationToken ct) => new NameRule(await service.NameOrderAsync(ct)))
            .Documented("getNameRule", "Read the name rule", "The order in which a person's display name is built.");
        definition.MapPut("/name-rule", async (HttpRequest request, ConsentDefinitionService service, CancellationToken ct) =>
            new NameRule(await service.SetNameOrderAsync((await request.ReadJsonAsync<NameRule>(ct)).Value.Order, ct))).Accepts<NameRule>("application/json")
            .Documented("setNameRule", "Set the name rule", "Sets the order in which a person's display name is built.");
        definition.MapGet("/default-language", async (ConsentDefinitionService service, CancellationToken ct) => new DefaultLanguageRequest(await service.DefaultLanguageAsync(ct)))
            .Documented("getDefaultLanguage", "Read the default language", "The language used for a contact that names none (consent texts, salutations).");
        definition.MapPut("/default-language", async (HttpRequest request, ConsentDefinitionService service, CancellationToken ct) =>
            new DefaultLanguageRequest(await service.SetDefaultLanguageAsync((await request.ReadJsonAsync<DefaultLanguageRequest>(ct)).Value.Language, ct)))
            .Accepts<DefaultLanguageRequest>("application/json")
            .Documented("setDefaultLanguage", "Set the default language", "Sets (or with null clears) the language used for a contact that names none.");
        definition.MapGet("/privacy-levels", (PrivacyLevelService service, CancellationToken ct) => service.GetAsync(ct))
            .Documented("getPrivacyLevels", "Read privacy-level rules", "The rules that make contacts of a category or kind at least as confidential as their level.");
        definition.MapPut("/privacy-levels", async (HttpRequest request, PrivacyLevelService service, CancellationToken ct) =>
            await service.ReplaceAsync((await request.ReadJsonAsync<PrivacyLevelsRequest>(ct)).Value, ct)).Accepts<PrivacyLevelsRequest>("application/json")
            .Documented("replacePrivacyLevels", "Replace privacy-level rules",
                "Replaces the privacy-level rules; they raise the confidentiality of contacts created, changed or imported from then on, audited as the rule's change.");
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
