using System.Globalization;
using System.Text.Json;
using ContactHub.Contacts;
using ContactHub.CustomFields;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// Maps the custom-field inputs of the contact form (texts, as browsers post them) to the typed JSON values the API
/// takes, and back. It holds no rule: a value the type does not accept is passed on as text for the core to refuse.
/// </summary>
public static class CustomFieldInputs
{
    public static IEnumerable<CustomFieldView> For(IEnumerable<CustomFieldView> fields, ContactKind kind) =>
        fields.Where(f => f.AppliesTo == CustomFieldTarget.Both || (f.AppliesTo == CustomFieldTarget.Persons) == (kind == ContactKind.Person));

    /// <summary>The stored values as the form shows them: numbers in invariant notation, booleans as "true"/"false".</summary>
    public static Dictionary<string, string?> FromView(IReadOnlyDictionary<string, object?> values) =>
        values.ToDictionary(v => v.Key, v => Text(v.Value), StringComparer.Ordinal);

    /// <summary>
    /// The "customFields" of a request: every filled-in input on create; on an edit only the inputs that differ from
    /// <paramref name="current"/> (an emptied one clears), so an unchanged form writes nothing.
    /// </summary>
    public static Dictionary<string, JsonElement> ToRequest(IEnumerable<CustomFieldView> fields, IReadOnlyDictionary<string, string?> inputs, IReadOnlyDictionary<string, object?>? current)
    {
        var request = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var input = inputs.GetValueOrDefault(field.Key)?.Trim() ?? string.Empty;
            var before = current is null ? string.Empty : Text(current.GetValueOrDefault(field.Key)) ?? string.Empty;
            if (input == before)
            {
                continue;
            }

            request[field.Key] = input.Length == 0 ? JsonSerializer.SerializeToElement<object?>(null) : field.Type switch
            {
                CustomFieldType.Number when decimal.TryParse(input, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => JsonSerializer.SerializeToElement(number),
                CustomFieldType.Boolean when bool.TryParse(input, out var flag) => JsonSerializer.SerializeToElement(flag),
                _ => JsonSerializer.SerializeToElement(input),
            };
        }

        return request;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
