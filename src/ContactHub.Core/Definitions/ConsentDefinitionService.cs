using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Definitions;

/// <summary>The consent part of the contact definition: purposes and their versioned texts, notification types, channel defaults.</summary>
public sealed class ConsentDefinitionService(AppDbContext db, Access.CallerContext caller, ConsentService consents, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConsentPurposeView>> PurposesAsync(CancellationToken ct)
    {
        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().OrderBy(p => p.Key).ToListAsync(ct);
        var texts = (await db.Set<ConsentText>().AsNoTracking().ToListAsync(ct)).ToLookup(t => t.PurposeId);
        return [.. purposes.Select(p => ViewOf(p, texts[p.Id]))];
    }

    /// <summary>
    /// Each purpose with the text a new contact in <paramref name="language"/> (null: the organisation's default) is shown
    /// when consent is asked for at creation; purposes without any text cannot be ticked and are left out.
    /// </summary>
    public async Task<IReadOnlyList<(ConsentPurposeView Purpose, ConsentTextView Text)>> TextsToAskAsync(string? language, CancellationToken ct)
    {
        language ??= (await DefinitionAsync(ct)).DefaultLanguage;
        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().OrderBy(p => p.Key).ToListAsync(ct);
        var texts = (await db.Set<ConsentText>().AsNoTracking().ToListAsync(ct)).ToLookup(t => t.PurposeId);
        return [.. purposes
            .Select(p => (Purpose: p, Text: ConsentTexts.Choose([.. texts[p.Id]], language)))
            .Where(x => x.Text is not null)
            .Select(x => (ViewOf(x.Purpose, texts[x.Purpose.Id]), TextView(x.Text!)))];
    }

    public async Task<ConsentPurposeView> CreatePurposeAsync(ConsentPurposeRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var key = request.Key?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!ConsentService.IsKey(key))
        {
            errors.Add("key", "A key of 3 to 50 lower-case letters, digits and '-' is required, e.g. \"newsletter\".");
        }
        else if (await db.Set<ConsentPurpose>().AnyAsync(p => p.Key == key, ct))
        {
            throw new ConflictException("purpose-exists", $"A consent purpose '{key}' exists already.");
        }

        var name = Name(request.Name, errors);
        var partners = Partners(request, errors);
        var text = Text(request.Text, "text", errors);
        if (request.Text is null)
        {
            errors.Add("text", "A purpose needs its first text: {\"language\": \"en\", \"text\": \"…\"}.");
        }

        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        var purpose = new ConsentPurpose(caller.RequireOrganisation(), key, name!, request.Kind ?? ConsentPurposeKind.Other, partners, request.GrantedByDefault ?? false, now);
        var first = new ConsentText(purpose.OrganisationId, purpose.Id, text!.Value.Language, 1, text.Value.Text, now);
        db.AddRange(purpose, first);
        await db.SaveChangesAsync(ct);
        return ViewOf(purpose, [first]);
    }

    public async Task<ConsentPurposeView> UpdatePurposeAsync(string key, ConsentPurposeRequest request, CancellationToken ct)
    {
        var purpose = await db.Set<ConsentPurpose>().FirstOrDefaultAsync(p => p.Key == key, ct) ?? throw new NotFoundException("The consent purpose");
        var errors = new ValidationErrors();
        var name = request.Name is null ? purpose.Name : Name(request.Name, errors);
        var partners = request.Partners is null ? purpose.PartnerList : Partners(request, errors);
        errors.ThrowIfAny();
        purpose.Change(name!, partners, request.GrantedByDefault ?? purpose.GrantedByDefault);
        await db.SaveChangesAsync(ct);
        return ViewOf(purpose, await db.Set<ConsentText>().AsNoTracking().Where(t => t.PurposeId == purpose.Id).ToListAsync(ct));
    }

    /// <summary>A new wording is a new version; the old ones stay readable and referenced by their events.</summary>
    public async Task<ConsentTextView> AddTextAsync(string key, ConsentTextRequest request, CancellationToken ct)
    {
        var purpose = await db.Set<ConsentPurpose>().AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, ct) ?? throw new NotFoundException("The consent purpose");
        var errors = new ValidationErrors();
        var text = Text(request, null, errors);
        errors.ThrowIfAny();
        var version = 1 + (await db.Set<ConsentText>().Where(t => t.PurposeId == purpose.Id && t.Language == text!.Value.Language).MaxAsync(t => (int?)t.Version, ct) ?? 0);
        var created = new ConsentText(purpose.OrganisationId, purpose.Id, text!.Value.Language, version, text.Value.Text, clock.GetUtcNow().UtcDateTime);
        db.Add(created);
        await db.SaveChangesAsync(ct);
        return TextView(created);
    }

    public async Task<IReadOnlyList<NotificationTypeView>> NotificationTypesAsync(CancellationToken ct)
    {
        var keys = await db.Set<ConsentPurpose>().AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Key, ct);
        var types = await db.Set<NotificationType>().AsNoTracking().OrderBy(t => t.Key).ToListAsync(ct);
        return [.. types.Select(t => new NotificationTypeView(t.Id, t.Key, t.Name, t.PurposeClass, t.ConsentPurposeId is { } id ? keys.GetValueOrDefault(id) : null))];
    }

    public async Task<NotificationTypeView> CreateNotificationTypeAsync(NotificationTypeRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var key = request.Key?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!ConsentService.IsKey(key))
        {
            errors.Add("key", "A key of 3 to 50 lower-case letters, digits and '-' is required, e.g. \"season-tickets\".");
        }

        var name = Name(request.Name, errors);
        if (request.PurposeClass is null)
        {
            errors.Add("purposeClass", "Say whether the type is marketing, service or financial.");
        }

        ConsentPurpose? purpose = null;
        if (request.PurposeClass == PurposeClass.Marketing)
        {
            purpose = await consents.FindPurposeAsync(request.ConsentPurpose, errors, ct, "consentPurpose");
        }
        else if (request.ConsentPurpose is not null)
        {
            errors.Add("consentPurpose", "Only a marketing notification type is tied to a consent purpose.");
        }

        errors.ThrowIfAny();
        if (await db.Set<NotificationType>().AnyAsync(t => t.Key == key, ct))
        {
            throw new ConflictException("notification-type-exists", $"A notification type '{key}' exists already.");
        }

        var type = new NotificationType(caller.RequireOrganisation(), key, name!, request.PurposeClass!.Value, purpose?.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(type);
        await db.SaveChangesAsync(ct);
        return new NotificationTypeView(type.Id, type.Key, type.Name, type.PurposeClass, purpose?.Key);
    }

    public async Task<ChannelDefaultsView> ChannelDefaultsAsync(CancellationToken ct)
    {
        var definition = await DefinitionAsync(ct);
        return new ChannelDefaultsView([.. definition.AllowedChannels.Order()], definition.PreferredChannel);
    }

    public async Task<ChannelDefaultsView> SetChannelDefaultsAsync(ChannelDefaultsRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (request.AllowedChannels is null)
        {
            errors.Add("allowedChannels", "List the channels new contacts allow (may be empty).");
        }

        var allowed = (request.AllowedChannels ?? []).ToHashSet();
        ChannelSet.Validate(allowed, request.PreferredChannel, errors);
        errors.ThrowIfAny();
        var definition = await DefinitionAsync(ct);
        definition.SetChannelDefaults(allowed, request.PreferredChannel);
        await db.SaveChangesAsync(ct);
        return new ChannelDefaultsView([.. allowed.Order()], request.PreferredChannel);
    }

    public async Task<Contacts.NameOrder> NameOrderAsync(CancellationToken ct) => (await DefinitionAsync(ct)).NameOrder;

    public async Task<Contacts.NameOrder> SetNameOrderAsync(Contacts.NameOrder? order, CancellationToken ct)
    {
        if (order is not { } value)
        {
            throw ValidationFailedException.For("order", "Choose firstMiddleLast or lastFirstMiddle.");
        }

        var definition = await DefinitionAsync(ct);
        definition.SetNameOrder(value);
        await db.SaveChangesAsync(ct);
        return value;
    }

    public async Task<string?> DefaultLanguageAsync(CancellationToken ct) => (await DefinitionAsync(ct)).DefaultLanguage;

    /// <summary>Sets the language used for a contact without one (consent texts, salutations); null clears it.</summary>
    public async Task<string?> SetDefaultLanguageAsync(string? language, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var parsed = string.IsNullOrWhiteSpace(language) ? null : errors.Capture("language", () => LanguageTag.Parse(language))?.Value;
        errors.ThrowIfAny();
        var definition = await DefinitionAsync(ct);
        definition.SetDefaultLanguage(parsed);
        await db.SaveChangesAsync(ct);
        return parsed;
    }

    private async Task<ContactDefinition> DefinitionAsync(CancellationToken ct) =>
        await db.Set<ContactDefinition>().FirstOrDefaultAsync(ct) ?? throw new NotFoundException("The contact definition");

    private static string? Name(string? name, ValidationErrors errors)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200)
        {
            errors.Add("name", "A name of 1 to 200 characters is required.");
        }

        return trimmed;
    }

    private static IReadOnlyList<string> Partners(ConsentPurposeRequest request, ValidationErrors errors)
    {
        var partners = (request.Partners ?? []).Select(p => p?.Trim() ?? string.Empty).ToList();
        if (partners.Exists(p => p.Length is 0 or > 200 || p.Any(char.IsControl)))
        {
            errors.Add("partners", "Each partner must be a name of 1 to 200 characters.");
        }

        if (request.Kind == ConsentPurposeKind.AffiliateMarketing && partners.Count == 0)
        {
            errors.Add("partners", "An affiliate marketing purpose names the partners it covers.");
        }

        return partners;
    }

    private static (string Language, string Text)? Text(ConsentTextRequest? request, string? parent, ValidationErrors errors)
    {
        if (request is null)
        {
            return null;
        }

        var prefix = parent is null ? string.Empty : parent + ".";
        var language = errors.Capture(prefix + "language", () => LanguageTag.Parse(request.Language));
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 10_000)
        {
            errors.Add(prefix + "text", "The wording shown to the person is required (at most 10,000 characters).");
        }

        return language is null || string.IsNullOrEmpty(text) ? null : (language.Value, text);
    }

    private static ConsentPurposeView ViewOf(ConsentPurpose p, IEnumerable<ConsentText> texts) =>
        new(p.Id, p.Key, p.Name, p.Kind, p.PartnerList, p.GrantedByDefault, [.. texts.OrderBy(t => t.Language).ThenBy(t => t.Version).Select(TextView)]);

    private static ConsentTextView TextView(ConsentText t) => new(t.Id, t.Language, t.Version, t.Text, t.CreatedAt);
}
