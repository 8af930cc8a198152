using System.Globalization;

namespace ContactHub.Common;

/// <summary>
/// How the back office writes dates and times for an operator: one of a short list of cultures, or ISO 8601
/// (the default, <see cref="Iso"/>), which reads the same in every language.
/// </summary>
public sealed record DisplayCulture
{
    public const int MaxLength = 16;

    private DisplayCulture(string? name, string label)
    {
        Name = name;
        Label = label;
        Culture = name is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
    }

    public static DisplayCulture Iso { get; } = new(null, "ISO 8601 (year-month-day, 24 hours)");

    /// <summary>The choices offered; <see cref="Iso"/> first.</summary>
    public static IReadOnlyList<DisplayCulture> All { get; } =
    [
        Iso, new("de-CH", "Deutsch (Schweiz)"), new("de-DE", "Deutsch (Deutschland)"), new("fr-CH", "Français (Suisse)"),
        new("fr-FR", "Français (France)"), new("it-CH", "Italiano (Svizzera)"), new("en-GB", "English (United Kingdom)"), new("en-US", "English (United States)"),
    ];

    /// <summary>The culture's name (e.g. de-CH); null for ISO 8601.</summary>
    public string? Name { get; }

    public string Label { get; }

    /// <summary>The culture whose patterns and month names are used; the invariant one for ISO 8601.</summary>
    public CultureInfo Culture { get; }

    public bool IsIso => Name is null;

    /// <summary>A name from the list (any case); blank is ISO 8601.</summary>
    public static DisplayCulture Parse(string? input)
    {
        var name = input?.Trim();
        return string.IsNullOrEmpty(name) ? Iso
            : All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new FieldValueException($"'{name}' is not offered; choose one of {string.Join(", ", All.Where(c => !c.IsIso).Select(c => c.Name))} or ISO 8601 (empty).");
    }

    /// <summary>A stored name read back; one no longer offered is ISO 8601.</summary>
    public static DisplayCulture OrIso(string? name) => All.FirstOrDefault(c => c.Name == name) ?? Iso;
}
