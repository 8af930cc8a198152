using System.Globalization;
using System.Text;

namespace ContactHub.Common;

/// <summary>
/// Folds text for matching: case, accents and runs of white space do not matter.
/// Used for search keys and (later) uniqueness keys, so that "Müller  Anne" and "muller anne" meet.
/// </summary>
public static class TextNormalizer
{
    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(FoldLetter(c));
        }

        return builder.ToString();
    }

    // Letters that do not decompose into base + accent but that people type without the accent.
    private static string FoldLetter(char c) => c switch
    {
        'ß' => "ss",
        'ø' or 'Ø' => "o",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'ı' => "i",
        _ => char.ToLowerInvariant(c).ToString(),
    };
}
