using System.Globalization;
using ContactHub.Common;

namespace ContactHub.Web.Api;

/// <summary>
/// Query-string values parsed the way JSON bodies are (camelCase enums), with a field-named problem when wrong. A blank
/// value is an absent one.
/// </summary>
public static class QueryValues
{
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

    public static int? Int(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : throw ValidationFailedException.For(field, $"'{value}' is not a whole number.");
}
