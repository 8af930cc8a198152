using ContactHub.Common;

namespace ContactHub.Definitions.Lists;

/// <summary>One value a managed list offers: its stored key, the name shown, the sector of an industry, and whether it is archived.</summary>
public sealed record ListEntry(string Key, string Name, string? Parent = null, bool Archived = false);

/// <summary>
/// The managed lists in force for an organisation: the ones it configured, and the defaults for any list it never
/// touched. Every write of a typed or classified value goes through <see cref="Choose"/>, which accepts active entries
/// (and a value the contact already has, even if archived since) and returns the stored key.
/// </summary>
public sealed class DefinitionLists
{
    private readonly IReadOnlyDictionary<DefinitionList, IReadOnlyList<ListEntry>> _lists;

    private DefinitionLists(IReadOnlyDictionary<DefinitionList, IReadOnlyList<ListEntry>> lists) => _lists = lists;

    public static DefinitionLists Defaults { get; } = From([]);

    public static DefinitionLists From(IEnumerable<DefinitionListItem> items)
    {
        var stored = items.GroupBy(i => i.List).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<ListEntry>)[.. g.OrderBy(i => i.Position).ThenBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => new ListEntry(i.Key, i.Name, i.Parent, i.IsArchived))]);
        return new(Enum.GetValues<DefinitionList>().ToDictionary(l => l, l => stored.GetValueOrDefault(l) ?? DefaultLists.Of(l)));
    }

    public IReadOnlyList<ListEntry> this[DefinitionList list] => _lists[list];

    /// <summary>
    /// The stored key for <paramref name="value"/> (matched without regard to case), or null with an error on
    /// <paramref name="field"/>. <paramref name="current"/> is the value the contact has now: keeping it is always allowed.
    /// </summary>
    public string? Choose(DefinitionList list, string? value, string field, ValidationErrors errors, string? current = null)
    {
        var wanted = value?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            errors.Add(field, $"Choose one of the {Describe(list)}: {Offered(list)}.");
            return null;
        }

        if (current is not null && string.Equals(current, wanted, StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        var entry = _lists[list].FirstOrDefault(e => !e.Archived && string.Equals(e.Key, wanted, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            errors.Add(field, $"'{wanted}' is not one of the {Describe(list)} of this organisation; use one of: {Offered(list)}.");
        }

        return entry?.Key;
    }

    /// <summary>The sector an industry belongs to, or null for an unknown industry.</summary>
    public string? SectorOf(string industry) =>
        _lists[DefinitionList.Industries].FirstOrDefault(e => string.Equals(e.Key, industry, StringComparison.Ordinal))?.Parent;

    public static string Describe(DefinitionList list) => list switch
    {
        DefinitionList.EmailTypes => "e-mail types",
        DefinitionList.PhoneTypes => "phone types",
        DefinitionList.AddressTypes => "address types",
        DefinitionList.RelationTypes => "relation types",
        DefinitionList.Categories => "categories",
        DefinitionList.Sectors => "industry sectors",
        DefinitionList.AccessibilityNeeds => "accessibility needs",
        DefinitionList.DataOrigins => "data origins",
        _ => "industries",
    };

    private string Offered(DefinitionList list)
    {
        var keys = _lists[list].Where(e => !e.Archived).Select(e => e.Key).ToList();
        return keys.Count == 0 ? "(none configured)" : string.Join(", ", keys);
    }
}
