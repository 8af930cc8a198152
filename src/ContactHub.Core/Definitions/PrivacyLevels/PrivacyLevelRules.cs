using System.Text.Json;
using ContactHub.Access;
using ContactHub.Contacts;

namespace ContactHub.Definitions.PrivacyLevels;

/// <summary>
/// One privacy-level assignment rule (seed 001): a contact with the <see cref="Category"/> and/or of the <see cref="Kind"/>
/// is at least <see cref="Level"/> confidential. Its id names it in the audit as the source of the change it makes.
/// </summary>
public sealed record PrivacyLevelRule(Guid Id, string? Category, ContactKind? Kind, Clearance Level)
{
    public bool Matches(Contact contact) =>
        (Kind is null || Kind == contact.Kind)
        && (Category is null || contact.Categories.Any(c => string.Equals(c.Name, Category, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The audit source of a change this rule makes.</summary>
    public string Source => $"rule:privacy-level:{Id}";
}

/// <summary>The definition's privacy-level rules; they only ever raise a contact's confidentiality, never lower it.</summary>
public sealed class PrivacyLevelRules(IReadOnlyList<PrivacyLevelRule> rules)
{
    public static readonly PrivacyLevelRules None = new([]);

    public IReadOnlyList<PrivacyLevelRule> All { get; } = rules;

    /// <summary>The matching rule with the highest level above the contact's own, or null when none raises it.</summary>
    public PrivacyLevelRule? Raising(Contact contact) =>
        All.Where(r => r.Level > contact.Confidentiality && r.Matches(contact)).OrderByDescending(r => r.Level).FirstOrDefault();

    public string ToJson() => JsonSerializer.Serialize(All, Json);

    public static PrivacyLevelRules FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? None : new(JsonSerializer.Deserialize<List<PrivacyLevelRule>>(json, Json) ?? []);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
