using ContactHub.Common;

namespace ContactHub.Web.Api;

/// <summary>Query-string values parsed the way JSON bodies are (camelCase enums), with a field-named problem when wrong.</summary>
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
}
