using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Data;
using ContactHub.Definitions.Lists;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Definitions;

public sealed record CompletenessRequest(IReadOnlyList<string>? Persons, IReadOnlyList<string>? Companies);

/// <summary>The completeness rule and how many visible contacts are Draft under it.</summary>
public sealed record CompletenessView(IReadOnlyList<string> Persons, IReadOnlyList<string> Companies, int DraftContacts);

/// <summary>The parts of the definition a whole replace may change; an absent part stays as it is.</summary>
public sealed record DefinitionRequest(
    NameOrder? NameRule,
    CompletenessRequest? Completeness,
    UniquenessRequest? Uniqueness,
    ChannelDefaultsRequest? Channels,
    IReadOnlyDictionary<string, IReadOnlyList<ListEntryRequest>>? Lists,
    DefaultLanguageRequest? DefaultLanguage = null,
    PrivacyLevels.PrivacyLevelsRequest? PrivacyLevels = null);

/// <summary>The organisation's default language (BCP 47), used for a contact without one; null clears it.</summary>
public sealed record DefaultLanguageRequest(string? Language);

/// <summary>The whole contact definition in one document. Consent purposes and notification types are versioned and change through their own endpoints.</summary>
public sealed record DefinitionView(
    NameOrder NameRule,
    CompletenessView Completeness,
    UniquenessView Uniqueness,
    ChannelDefaultsView Channels,
    IReadOnlyDictionary<string, IReadOnlyList<ListEntryView>> Lists,
    IReadOnlyList<ConsentPurposeView> ConsentPurposes,
    IReadOnlyList<NotificationTypeView> NotificationTypes,
    string? DefaultLanguage,
    IReadOnlyList<PrivacyLevels.PrivacyLevelRule> PrivacyLevels);

/// <summary>
/// The contact definition as a whole (GET/PUT /definition) and its completeness rule. A whole replace runs every
/// part's own rules in one transaction: all field errors are reported together (prefixed with the part), and any
/// error or conflict leaves the definition as it was.
/// </summary>
public sealed class DefinitionService(
    AppDbContext db, ConsentDefinitionService consent, UniquenessDefinitionService uniqueness, ListDefinitionService lists, PrivacyLevels.PrivacyLevelService privacyLevels)
{
    // Every part comes from the one loaded definition (with its lists); only purposes and types are rows of their own.
    public async Task<DefinitionView> GetAsync(CancellationToken ct)
    {
        var definition = await db.FindDefinitionAsync(ct) ?? throw new NotFoundException("The contact definition");
        return new DefinitionView(
            definition.NameOrder,
            await CompletenessAsync(definition.CompletenessRules, ct),
            new UniquenessView(definition.PersonRules.Groups, definition.CompanyRules.Groups, 0),
            new ChannelDefaultsView([.. definition.AllowedChannels.Order()], definition.PreferredChannel),
            Enum.GetValues<DefinitionList>().ToDictionary(ListDefinitionService.JsonName, l => ListDefinitionService.EntriesOf(l, definition.Lists)),
            await consent.PurposesAsync(ct),
            await consent.NotificationTypesAsync(ct),
            definition.DefaultLanguage,
            definition.PrivacyLevelRules.All);
    }

    public async Task<DefinitionView> ReplaceAsync(DefinitionRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await PartAsync("nameRule", errors, () => consent.SetNameOrderAsync(request.NameRule, ct), request.NameRule is not null);
            await PartAsync("completeness", errors, () => SetCompletenessAsync(request.Completeness!, ct), request.Completeness is not null);
            await PartAsync("channels", errors, () => consent.SetChannelDefaultsAsync(request.Channels!, ct), request.Channels is not null);
            foreach (var (name, entries) in request.Lists ?? new Dictionary<string, IReadOnlyList<ListEntryRequest>>())
            {
                if (ListDefinitionService.Parse(name) is not { } list)
                {
                    errors.Add($"lists.{name}", $"Unknown list; the lists are {string.Join(", ", Enum.GetValues<DefinitionList>().Select(ListDefinitionService.JsonName))}.");
                    continue;
                }

                await PartAsync($"lists.{name}", errors, () => lists.ReplaceAsync(list, new ListRequest(entries), ct), true);
            }

            await PartAsync("defaultLanguage", errors, () => consent.SetDefaultLanguageAsync(request.DefaultLanguage!.Language, ct), request.DefaultLanguage is not null);
            // After the lists: a rule names a category of the (possibly new) categories list.
            await PartAsync("privacyLevels", errors, () => privacyLevels.ReplaceAsync(request.PrivacyLevels!, ct), request.PrivacyLevels is not null);

            // Last: it rebuilds every contact's unique keys, worth doing only when the rest holds.
            await PartAsync("uniqueness", errors, () => uniqueness.SetAsync(request.Uniqueness!, ct), request.Uniqueness is not null && !errors.HasErrors);
            if (errors.HasErrors)
            {
                await transaction.RollbackAsync(ct);
                errors.ThrowIfAny();
            }

            await transaction.CommitAsync(ct);
        }

        return await GetAsync(ct);
    }

    public async Task<CompletenessView> GetCompletenessAsync(CancellationToken ct) =>
        await CompletenessAsync((await db.RequireDefinitionAsync(ct)).CompletenessRules, ct);

    /// <summary>Changes which fields make a contact Complete; the status is computed, so every contact follows at once.</summary>
    public async Task<CompletenessView> SetCompletenessAsync(CompletenessRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (request.Persons is null || request.Companies is null)
        {
            errors.Add(request.Persons is null ? "persons" : "companies", "List the fields (may be empty).");
        }

        var rules = CompletenessRules.Parse(request.Persons, request.Companies, string.Empty, errors);
        errors.ThrowIfAny();
        var definition = await db.RequireDefinitionAsync(ct);
        definition.SetCompleteness(rules);
        await db.SaveChangesAsync(ct);
        return await CompletenessAsync(rules, ct);
    }

    private async Task<CompletenessView> CompletenessAsync(CompletenessRules rules, CancellationToken ct) =>
        new(rules.Persons, rules.Companies, await db.Contacts.CountAsync(rules.Where(ContactStatus.Draft), ct));

    // Runs one part; its field errors are kept under the part's name so that every part is checked in one request.
    private static async Task PartAsync<T>(string part, ValidationErrors errors, Func<Task<T>> apply, bool requested)
    {
        if (!requested)
        {
            return;
        }

        try
        {
            await apply();
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                var name = field.Length == 0 ? part : field.StartsWith('[') ? part + field : $"{part}.{field}";
                Array.ForEach(messages, m => errors.Add(name, m));
            }
        }
    }
}
