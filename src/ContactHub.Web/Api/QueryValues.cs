using System.Globalization;
using ContactHub.Common;

namespace ContactHub.Web.Api;

/// <summary>
/// Query-string values parsed the way JSON bodies are (camelCase enums), with a field-named problem when wrong. A blank
/// value is an absent one.
/// </summary>
public static class QueryValues
{
    // ISO 8601 as the API writes times; K is "Z", an offset, or nothing (then the time is UTC, as every stored time).
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static T? Enum<T>(string? value, string field)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !char.IsAsciiDigit(value[0])
            ? parsed
            : throw ValidationFailedException.For(field, $"'{value}' is not one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
    }

    public static bool? Bool(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : bool.TryParse(value.Trim(), out var parsed) ? parsed
        : throw ValidationFailedException.For(field, $"'{value}' is not true or false.");

    public static Guid? Id(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Guid.TryParse(value, out var id) ? id
        : throw ValidationFailedException.For(field, "This is not an id.");

    public static int? Int(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : throw ValidationFailedException.For(field, $"'{value}' is not a whole number.");

    public static CountryCode? Country(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return CountryCode.Parse(value);
        }
        catch (FieldValueException e)
        {
            throw ValidationFailedException.For(field, e.Message);
        }
    }

    /// <summary>
    /// A point in time: a date ("2026-01-31", the start of that day in UTC) or an ISO 8601 date-time with "Z" or an
    /// offset ("2026-01-31T08:30:00+01:00"; without one it is UTC). In a URL the "+" of an offset is written %2B.
    /// </summary>
    public static DateTimeOffset? Instant(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw ValidationFailedException.For(field, $"'{value}' is not a date (2026-01-31) or an ISO 8601 date-time (2026-01-31T08:30:00Z; an offset's + as %2B).");
    }
}
