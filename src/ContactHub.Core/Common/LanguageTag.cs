using System.Globalization;
using System.Text.RegularExpressions;

namespace ContactHub.Common;

/// <summary>A BCP 47 language tag such as "de-CH" or "fr", in its canonical casing.</summary>
public sealed partial record LanguageTag
{
    private LanguageTag(string value) => Value = value;

    public string Value { get; }

    public static LanguageTag Parse(string? input)
    {
        var candidate = input?.Trim() ?? string.Empty;
        if (!Shape().IsMatch(candidate))
        {
            throw new FieldValueException($"'{input}' is not a BCP 47 language tag (e.g. en, de-CH, zh-Hant-TW).");
        }

        var parts = candidate.Split('-');
        if (!IsKnownLanguage(parts[0]))
        {
            throw new FieldValueException($"'{parts[0]}' is not a known language code.");
        }

        return new LanguageTag(string.Join('-', parts.Select(Canonical)));
    }

    public override string ToString() => Value;

    // BCP 47 casing: language lower, script title, region upper (RFC 5646 section 2.1.1).
    private static string Canonical(string part, int index) => (index, part.Length) switch
    {
        (0, _) => part.ToLowerInvariant(),
        (_, 4) when char.IsLetter(part[0]) => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant(),
        (_, 2) => part.ToUpperInvariant(),
        _ => part.ToLowerInvariant(),
    };

    private static bool IsKnownLanguage(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            return culture.ThreeLetterISOLanguageName.Length > 0 && !culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    // language[-script][-region][-variant...] — the forms contacts and integrations actually send.
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex Shape();
}
