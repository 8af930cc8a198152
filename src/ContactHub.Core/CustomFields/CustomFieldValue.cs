using System.Globalization;
using System.Text.Json;
using ContactHub.Common;

namespace ContactHub.CustomFields;

/// <summary>
/// A parsed, valid value of a custom field: its canonical text plus the typed forms that filters compare.
/// <see cref="Parse"/> is the one place that knows what each field type accepts.
/// </summary>
public sealed record CustomFieldValue(string Text, double? Number = null, DateOnly? Date = null)
{
    public const int MaxTextLength = 500;

    // A double represents every decimal of up to 15 significant digits distinctly, so equality and ranges on the
    // typed column agree with the exact canonical text.
    public const int MaxSignificantDigits = 15;

    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// The value for <paramref name="field"/>, or null when <paramref name="json"/> clears it (null, or an empty text).
    /// A value the field's type does not accept throws a <see cref="FieldValueException"/>.
    /// </summary>
    public static CustomFieldValue? Parse(CustomFieldDefinition field, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return field.Type switch
        {
            CustomFieldType.Text => ParseText(json),
            CustomFieldType.Number => ParseNumber(json),
            CustomFieldType.Date => ParseDate(json),
            CustomFieldType.Boolean => json.ValueKind switch
            {
                JsonValueKind.True => new CustomFieldValue("true"),
                JsonValueKind.False => new CustomFieldValue("false"),
                _ => throw new FieldValueException("Must be true or false."),
            },
            _ => ParseChoice(field, json),
        };
    }

    /// <summary>The stored value as the API returns it: numbers as numbers, booleans as booleans, dates and texts as strings.</summary>
    public static object Typed(CustomFieldType type, string text) => type switch
    {
        CustomFieldType.Number => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        CustomFieldType.Boolean => text == "true",
        _ => text,
    };

    private static CustomFieldValue? ParseText(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.String)
        {
            throw new FieldValueException("Must be a text.");
        }

        var text = json.GetString()!.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > MaxTextLength || text.Any(char.IsControl))
        {
            throw new FieldValueException($"Must be at most {MaxTextLength} characters on one line.");
        }

        return new CustomFieldValue(text);
    }

    private static CustomFieldValue ParseNumber(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Number || !json.TryGetDecimal(out var number))
        {
            throw new FieldValueException("Must be a number (a plain JSON number, e.g. 42 or 7.5).");
        }

        return FromNumber(number);
    }

    /// <summary>A number in canonical form (no trailing zeros), refused beyond <see cref="MaxSignificantDigits"/>.</summary>
    public static CustomFieldValue FromNumber(decimal number)
    {
        // Dividing by 1.000… drops trailing zeros: 7.50 → 7.5, so equal numbers have one text.
        var normalized = number / 1.000000000000000000000000000000000m;
        var text = normalized.ToString(CultureInfo.InvariantCulture);
        if (text.TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length > MaxSignificantDigits)
        {
            throw new FieldValueException($"Must have at most {MaxSignificantDigits} significant digits.");
        }

        return new CustomFieldValue(text, (double)normalized);
    }

    private static CustomFieldValue ParseDate(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? FromDate(json.GetString()!) : throw new FieldValueException("Must be a date as a string \"YYYY-MM-DD\".");

    public static CustomFieldValue FromDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new CustomFieldValue(date.ToString(DateFormat, CultureInfo.InvariantCulture), Date: date)
            : throw new FieldValueException("Must be a date in the form YYYY-MM-DD, e.g. 2020-01-31.");

    private static CustomFieldValue? ParseChoice(CustomFieldDefinition field, JsonElement json)
    {
        var options = field.OptionList;
        var key = json.ValueKind == JsonValueKind.String ? json.GetString()!.Trim() : null;
        if (key is { Length: 0 })
        {
            return null;
        }

        if (key is not null && options.Any(o => o.Key == key))
        {
            return new CustomFieldValue(key);
        }

        throw new FieldValueException($"Must be one of: {string.Join(", ", options.Select(o => o.Key))}.");
    }
}
