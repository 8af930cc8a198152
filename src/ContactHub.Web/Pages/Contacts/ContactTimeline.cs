using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactHub.Audit;
using ContactHub.Consent;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>One save of a contact as the timeline shows it: when, who, from where, and what changed.</summary>
public sealed record TimelineMoment(DateTime At, string Who, string Source, IReadOnlyList<TimelineItem> Items);

/// <summary>One changed part in words ("Added work e-mail ann@example.com"), its field changes, and the contact it names, if any.</summary>
public sealed record TimelineItem(string Text, IReadOnlyList<TimelineField> Fields, ContactLink? Names = null)
{
    /// <summary>Fields of a creation show only their first value, not "— → value".</summary>
    public bool IsCreation { get; init; }
}

public sealed record TimelineField(string Label, string? Old, string? New);

/// <summary>
/// Turns a contact's audit entries into a timeline people can read: the entries of one save become one moment,
/// fields carry the form's labels, references become named links, and what only the machine needs (normalised
/// forms, raw input, internal ids, bookkeeping times) is left out. The audit itself stays complete; this is a view of it.
/// </summary>
public sealed partial class ContactTimeline(
    ContactHub.Contacts.ContactView contact,
    IReadOnlyList<ConsentPurposeView> purposes,
    IReadOnlyList<NotificationTypeView> notificationTypes,
    IReadOnlyDictionary<string, string> customFieldNames,
    IReadOnlyDictionary<Guid, ContactLink> contacts)
{
    // Kept by the audit for evidence and search, never what an operator changed.
    private static readonly HashSet<string> Technical =
        ["normalized", "raw", "e164", "purposeId", "textId", "recordedAt", "occurredAt", "source", "sourceKind", "sourceName",
         "relatedContactId", "companyId", "personId", "notificationTypeId", "contactId", "createdAt", "expiresAt", "data", "contentType"];

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["isBlocked"] = "Blocked", ["isActive"] = "Active", ["allowEmail"] = "E-mail allowed", ["allowPhone"] = "Phone calls allowed",
        ["allowSms"] = "SMS allowed", ["allowLetter"] = "Letters allowed", ["kind"] = "Kind", ["bounceStatus"] = "Bounce",
        ["lineType"] = "Line type", ["inUse"] = "In use for", ["postalCode"] = "Postal code", ["street2"] = "Street (2nd line)",
    };

    /// <summary>The organisation's criteria by key (archived ones included), to name a criterion and its choice in words.</summary>
    public IReadOnlyDictionary<string, ContactHub.Criteria.CriterionView> Criteria { get; init; } = new Dictionary<string, ContactHub.Criteria.CriterionView>();

    /// <summary>The subjects of the contact's interactions by id, to name them in words.</summary>
    public IReadOnlyDictionary<Guid, string> Interactions { get; init; } = new Dictionary<Guid, string>();

    /// <summary>The ids an entry refers to (related contacts, companies, persons), to resolve into names before building.</summary>
    public static IEnumerable<Guid> ReferencedContacts(IEnumerable<HistoryEntry> entries) =>
        from entry in entries
        from change in entry.Changes
        where change.Field is "relatedContactId" or "companyId" or "personId"
        let id = Text(change.New) ?? Text(change.Old)
        where Guid.TryParse(id, out _)
        select Guid.Parse(id!);

    /// <summary>Newest first, like the entries; entries of one save (same instant, actor and source) form one moment.</summary>
    public IReadOnlyList<TimelineMoment> Build(IReadOnlyList<HistoryEntry> entries) =>
        [.. entries
            .GroupBy(e => (e.OccurredAt, e.ActorName, e.Source))
            .Select(g => new TimelineMoment(g.Key.OccurredAt, g.Key.ActorName, g.Key.Source, [.. g.OrderBy(e => Rank(e.EntityType)).Select(Describe)]))];

    private static int Rank(string entityType) => entityType == "contact" ? 0 : 1;

    private TimelineItem Describe(HistoryEntry entry)
    {
        var values = entry.Changes.ToDictionary(c => c.Field, c => Text(entry.Action == AuditAction.Deleted ? c.Old : c.New) ?? Text(c.Old), StringComparer.Ordinal);
        string? Value(string field) => values.GetValueOrDefault(field);
        var verb = entry.Action switch { AuditAction.Created => "Added", AuditAction.Deleted => "Removed", _ => "Changed" };
        return entry.EntityType switch
        {
            "contact" => new TimelineItem(entry.Action switch
            {
                AuditAction.Created => $"Created the {Value("kind") ?? "contact"}",
                AuditAction.Deleted => "Deleted the contact",
                _ => "Changed the contact",
            }, Fields(entry)) { IsCreation = entry.Action == AuditAction.Created },
            "email" => Part(entry, verb, $"{Value("type")} e-mail {Value("address")}"),
            "phone" => Part(entry, verb, $"{Value("type")} phone {Value("e164") ?? Value("raw")}"),
            "address" => Part(entry, verb, $"{Value("type")} address {string.Join(", ", new[] { Value("street"), $"{Value("postalCode")} {Value("city")}".Trim(), Value("country") }.Where(v => !string.IsNullOrWhiteSpace(v)))}"),
            "category" => new TimelineItem($"{verb} category {entry.EntityId}", []),
            "criterion" => new TimelineItem($"{verb} {CriterionChoice(entry.EntityId, Value("choice"))}", []),
            "interaction" => new TimelineItem(entry.Action == AuditAction.Deleted ? "Interaction removed" : $"Interaction recorded: {InteractionSubject(entry.EntityId)}", []),
            "accessibilityNeed" => new TimelineItem($"{verb} accessibility need {entry.EntityId}", []),
            "photo" => new TimelineItem(entry.Action switch { AuditAction.Created => "Added the photo", AuditAction.Deleted => "Removed the photo", _ => "Replaced the photo" }, []),
            "relation" => Linked(Value("relatedContactId"), entry.Action switch
            {
                AuditAction.Created => $"Related as {Value("type")} to",
                AuditAction.Deleted => "Removed the relation to",
                _ => "Changed the relation to",
            }),
            "companyLink" => Linked(Value("companyId"), entry.Action switch
            {
                AuditAction.Created => Value("role") is { } role ? $"Connected as {role} to" : "Connected to",
                AuditAction.Deleted => "Disconnected from",
                _ => "Changed the role at",
            }),
            "consent" => new TimelineItem(Consent(Value), []),
            "reachabilityOverride" => new TimelineItem(
                $"Override: {Value("channel")} allowed for {TypeName(Value("notificationTypeId"))} — {Value("reason")}", []),
            "customField" => new TimelineItem($"Changed {customFieldNames.GetValueOrDefault(entry.EntityId, entry.EntityId)}",
                [.. entry.Changes.Select(c => new TimelineField(customFieldNames.GetValueOrDefault(entry.EntityId, entry.EntityId), Shown(c.Old), Shown(c.New)))]),
            _ => new TimelineItem($"{verb} {Words(entry.EntityType)}", Fields(entry)),
        };
    }

    private string InteractionSubject(string id) =>
        Guid.TryParse(id, out var interactionId) && Interactions.TryGetValue(interactionId, out var subject) ? subject : "(no longer visible)";

    // "Sector of interest: Energy" — by the criterion's name and the choice's label, the keys when no longer defined.
    private string CriterionChoice(string key, string? choice) =>
        Criteria.TryGetValue(key, out var criterion) ? $"{criterion.Name}: {criterion.LabelOf(choice ?? string.Empty)}" : $"{key}: {choice}";

    // A created or removed part is named in full; a change lists its fields (the part's name when the change carries it).
    private TimelineItem Part(HistoryEntry entry, string verb, string name)
    {
        if (entry.Action != AuditAction.Updated)
        {
            return new TimelineItem($"{verb} {Trimmed(name)}", []);
        }

        // A change carries only the changed fields: the part is named as it is now (or as removed since).
        var current = PartNames.GetValueOrDefault(entry.EntityId) ?? $"a removed {Words(entry.EntityType).ToLowerInvariant()}";
        var active = entry.Changes.FirstOrDefault(c => c.Field == "isActive");
        var text = active is null ? $"Changed {current}" : Text(active.New) == "true" ? $"Reactivated {current}" : $"Deactivated {current}";
        return new TimelineItem(text, [.. Fields(entry).Where(f => f.Label != "Active")]);
    }

    private Dictionary<string, string> PartNames => partNames ??= contact.Emails.Select(e => (e.Id, $"{e.Type} e-mail {e.Address}"))
        .Concat(contact.Phones.Select(p => (p.Id, $"{p.Type} phone {p.E164}")))
        .Concat(contact.Addresses.Select(a => (a.Id, $"{a.Type} address {a.Street}, {a.PostalCode} {a.City}")))
        .ToDictionary(p => p.Id.ToString(), p => p.Item2, StringComparer.Ordinal);

    private Dictionary<string, string>? partNames;

    private TimelineItem Linked(string? id, string text) =>
        Guid.TryParse(id, out var contactId) && contacts.TryGetValue(contactId, out var link)
            ? new TimelineItem(text, [], link)
            : new TimelineItem($"{text} a contact you cannot see", []);

    private string Consent(Func<string, string?> value)
    {
        var purpose = purposes.FirstOrDefault(p => p.Id.ToString() == value("purposeId"));
        var text = purpose?.Texts.FirstOrDefault(t => t.Id.ToString() == value("textId"));
        var decision = value("granted") == "true" ? "granted" : "withdrawn";
        var channel = value("channel") is { } only ? $"{only} only" : "all channels";
        var evidence = string.Join(", ", new[] { text is null ? null : $"text v{text.Version} ({text.Language})", value("method") }.Where(p => p is not null));
        return $"{purpose?.Name ?? "A purpose"} {decision} for {channel} ({evidence})";
    }

    private string TypeName(string? id) => notificationTypes.FirstOrDefault(t => t.Id.ToString() == id)?.Name ?? "a notification type";

    private static IReadOnlyList<TimelineField> Fields(HistoryEntry entry) =>
        [.. entry.Changes.Where(c => !Technical.Contains(c.Field)).Select(c => new TimelineField(Label(c.Field), Shown(c.Old), Shown(c.New)))];

    private static string Label(string field) =>
        Labels.TryGetValue(field, out var label) ? label : Admin.FieldLabels.Of(field) is var known && known != field ? known : Words(field);

    private static string? Shown(JsonElement? value) => Text(value) switch
    {
        "true" => "yes",
        "false" => "no",
        var text => text,
    };

    private static string? Text(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } json => json.GetString(),
        { } json => json.GetRawText(),
    };

    private static string Trimmed(string name) => WhiteSpace().Replace(name, " ").Trim();

    // "bounceStatus" → "Bounce status": the fallback for a field without a label.
    internal static string Words(string name) => Trimmed(Capitals().Replace(name, m => " " + m.Value.ToLowerInvariant())) is { Length: > 0 } words
        ? char.ToUpperInvariant(words[0]) + words[1..]
        : name;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex Capitals();
}
