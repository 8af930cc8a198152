using System.Globalization;
using ContactHub.Contacts.Listing;
using ContactHub.CustomFields;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// The contacts list's optional columns and which of them the operator sees: their own choice
/// (<see cref="Access.OperatorPreferences.ListColumns"/>), else each column's default. Custom fields are offered when
/// the definition marks them "shown in lists", and are shown unless the operator switched them off.
/// </summary>
public sealed class ListColumns
{
    public const string CustomPrefix = "custom.";

    public static readonly ListColumn Kind = new("kind", "Kind", true);
    public static readonly ListColumn Status = new("status", "Status", true);
    public static readonly ListColumn ReferenceCode = new("referenceCode", "Reference code", true);
    public static readonly ListColumn Email = new("email", "E-mail", true);
    public static readonly ListColumn Companies = new("companies", "Company", false);
    public static readonly ListColumn AllowedChannels = new("allowedChannels", "Allowed channels", false);
    public static readonly ListColumn PreferredChannel = new("preferredChannel", "Preferred channel", false);
    public static readonly ListColumn Created = new("created", "Added", true);
    public static readonly ListColumn Updated = new("updated", "Updated", true);

    private readonly HashSet<string> _shown;

    private ListColumns(IReadOnlyList<ListColumn> offered, IReadOnlyList<CustomFieldView> fields, IReadOnlyDictionary<string, bool> chosen)
    {
        Offered = offered;
        _shown = [.. offered.Where(c => chosen.TryGetValue(c.Key, out var shown) ? shown : c.ShownByDefault).Select(c => c.Key)];
        CustomFields = [.. fields.Where(f => IsShown(CustomPrefix + f.Key))];
    }

    public static ListColumns None { get; } = Of([], new Dictionary<string, bool>());

    /// <summary>Every optional column in the order of the table.</summary>
    public IReadOnlyList<ListColumn> Offered { get; }

    /// <summary>The custom fields whose columns are shown, in the definition's order.</summary>
    public IReadOnlyList<CustomFieldView> CustomFields { get; }

    /// <param name="fields">The organisation's active custom fields.</param>
    public static ListColumns Of(IReadOnlyList<CustomFieldView> fields, IReadOnlyDictionary<string, bool> chosen)
    {
        var listed = fields.Where(f => f.Visibility.Contains(CustomFieldPlace.List)).ToList();
        ListColumn[] offered =
        [
            Kind, Status, ReferenceCode, Email, Companies, AllowedChannels, PreferredChannel,
            .. listed.Select(f => new ListColumn(CustomPrefix + f.Key, f.Name, true)), Created, Updated,
        ];
        return new ListColumns(offered, listed, chosen);
    }

    public bool IsShown(ListColumn column) => IsShown(column.Key);

    public bool IsShown(string key) => _shown.Contains(key);

    /// <summary>
    /// The choice to keep: the offered columns whose tick differs from their default, so the choice stays small however
    /// many custom fields there are, and a field marked "shown in lists" later appears unless switched off.
    /// </summary>
    public Dictionary<string, bool> ChoiceOf(IEnumerable<string> ticked)
    {
        var set = ticked.ToHashSet(StringComparer.Ordinal);
        return Offered.Where(c => set.Contains(c.Key) != c.ShownByDefault).ToDictionary(c => c.Key, c => set.Contains(c.Key), StringComparer.Ordinal);
    }

    /// <summary>What the rows need read beyond the list's own query, for the shown columns only.</summary>
    public ContactRowDetailsRequest Details => new(
        Channels: IsShown(AllowedChannels) || IsShown(PreferredChannel),
        Companies: IsShown(Companies),
        CustomFieldKeys: [.. CustomFields.Select(f => f.Key)]);

    /// <summary>A custom value's canonical text as a cell reads it: a choice by its label, yes/no, a date in the operator's culture.</summary>
    public static string CellOf(CustomFieldView field, string? value, Display.OperatorClock clock) => value is null ? string.Empty : field.Type switch
    {
        CustomFieldType.Choice => field.Options.FirstOrDefault(o => o.Key == value)?.Label ?? value,
        CustomFieldType.Boolean => value == "true" ? "Yes" : "No",
        CustomFieldType.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => clock.DateText(date),
        _ => value,
    };
}
