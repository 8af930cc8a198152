using System.Text.Json;
using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Data;

namespace ContactHub.Definitions.Lists;

public sealed record ListEntryRequest(string? Key, string? Name, string? Sector);

public sealed record ListRequest(IReadOnlyList<ListEntryRequest>? Entries);

public sealed record ListEntryView(string Key, string Name, string? Sector, bool Archived);

/// <summary>A managed list with its archived entries (still on contacts, no longer offered) at the end.</summary>
public sealed record ListView(string List, IReadOnlyList<ListEntryView> Entries, IReadOnlyList<string> ArchivedNow);

/// <summary>
/// Reads and replaces the managed lists of the definition. A replace names the active entries in order; stored entries
/// it leaves out are archived, never deleted, so no contact loses a value. Industries name their sector, which must be
/// an active one.
/// </summary>
public sealed class ListDefinitionService(AppDbContext db)
{
    /// <summary>The list names of the API ("email-types", …) and of the whole-definition JSON ("emailTypes", …).</summary>
    public static DefinitionList? Parse(string? name) =>
        Enum.GetValues<DefinitionList>().Cast<DefinitionList?>().FirstOrDefault(l =>
            string.Equals(name, PathName(l!.Value), StringComparison.Ordinal) || string.Equals(name, JsonName(l.Value), StringComparison.Ordinal));

    public static string PathName(DefinitionList list) => JsonNamingPolicy.KebabCaseLower.ConvertName(list.ToString());

    public static string JsonName(DefinitionList list) => JsonNamingPolicy.CamelCase.ConvertName(list.ToString());

    public async Task<IReadOnlyList<ListView>> AllAsync(CancellationToken ct)
    {
        var lists = await db.ListsAsync(ct);
        return [.. Enum.GetValues<DefinitionList>().Select(l => ViewOf(l, lists, []))];
    }

    public async Task<ListView> GetAsync(DefinitionList list, CancellationToken ct) => ViewOf(list, await db.ListsAsync(ct), []);

    public async Task<ListView> ReplaceAsync(DefinitionList list, ListRequest request, CancellationToken ct)
    {
        var definition = await db.RequireDefinitionAsync(ct);
        var archived = Replace(definition, list, request, "entries");
        await db.SaveChangesAsync(ct);
        return ViewOf(list, definition.Lists, archived);
    }

    /// <summary>Validates and applies one list to the tracked definition without saving; used by the whole-definition replace too.</summary>
    internal static IReadOnlyList<string> Replace(ContactDefinition definition, DefinitionList list, ListRequest request, string field)
    {
        var errors = new ValidationErrors();
        var entries = ParseEntries(list, request.Entries, field, errors);
        errors.ThrowIfAny();
        var archived = definition.ReplaceList(list, entries);
        RequireSectorsInUse(definition.Lists, list, field, errors);
        errors.ThrowIfAny();
        return archived;
    }

    private static List<ListEntry> ParseEntries(DefinitionList list, IReadOnlyList<ListEntryRequest>? requests, string field, ValidationErrors errors)
    {
        if (requests is null)
        {
            errors.Add(field, "List the entries (an empty list archives them all).");
            return [];
        }

        var entries = new List<ListEntry>();
        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            var path = $"{field}[{i}]";
            var key = KeyOf(list, request?.Key, $"{path}.key", errors);
            var name = request?.Name?.Trim() is { Length: > 0 } given ? given : key;
            if (name is { Length: > 100 } || (name?.Any(char.IsControl) ?? false))
            {
                errors.Add($"{path}.name", "A name must be at most 100 characters on one line.");
            }

            var sector = request?.Sector?.Trim();
            if (list == DefinitionList.Industries && string.IsNullOrEmpty(sector))
            {
                errors.Add($"{path}.sector", "An industry belongs to a sector: name its key.");
            }
            else if (list != DefinitionList.Industries && sector is not null)
            {
                errors.Add($"{path}.sector", "Only an industry has a sector.");
            }

            if (key is not null && entries.Exists(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"{path}.key", $"'{key}' is listed twice.");
            }
            else if (key is not null && name is not null)
            {
                entries.Add(new ListEntry(key, name, list == DefinitionList.Industries ? sector : null));
            }
        }

        return entries;
    }

    // Types, sectors and industries are tokens stored on contacts; categories are short labels shown as they are.
    private static string? KeyOf(DefinitionList list, string? key, string field, ValidationErrors errors)
    {
        if (list != DefinitionList.Categories)
        {
            return ContactPointInput.ValidType(key, field, errors);
        }

        var trimmed = key?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 50 || trimmed.Any(char.IsControl))
        {
            errors.Add(field, "A category is 1 to 50 characters on one line.");
            return null;
        }

        return trimmed;
    }

    // An industry belongs to a sector: every active industry must name an active sector, whichever list changed.
    private static void RequireSectorsInUse(DefinitionLists lists, DefinitionList changed, string field, ValidationErrors errors)
    {
        if (changed is not (DefinitionList.Industries or DefinitionList.Sectors))
        {
            return;
        }

        var sectors = lists[DefinitionList.Sectors].Where(s => !s.Archived).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var industry in lists[DefinitionList.Industries].Where(e => !e.Archived && !sectors.Contains(e.Parent ?? string.Empty)))
        {
            errors.Add(field, $"The industry '{industry.Key}' belongs to the sector '{industry.Parent}', which is not an active sector.");
        }
    }

    private static ListView ViewOf(DefinitionList list, DefinitionLists lists, IReadOnlyList<string> archivedNow) =>
        new(PathName(list), EntriesOf(list, lists), archivedNow);

    /// <summary>A list's entries as the API shows them: active ones in order, then the archived ones.</summary>
    internal static IReadOnlyList<ListEntryView> EntriesOf(DefinitionList list, DefinitionLists lists) =>
        [.. lists[list].OrderBy(e => e.Archived).Select(e => new ListEntryView(e.Key, e.Name, e.Parent, e.Archived))];
}
