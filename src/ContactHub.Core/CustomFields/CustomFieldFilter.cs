using System.Globalization;
using System.Text.Json;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;

namespace ContactHub.CustomFields;

public enum CustomFieldComparison
{
    Equal,
    Min,
    Max,
}

/// <summary>One "custom.&lt;key&gt;[.min|.max]=&lt;value&gt;" condition of a contact list, as the caller wrote it.</summary>
public sealed record CustomFieldFilter(string Key, CustomFieldComparison Comparison, string Value)
{
    public const string Prefix = "custom.";

    /// <summary>The query parameter the filter came from; errors are reported under it.</summary>
    public string Parameter => Prefix + Key + Comparison switch
    {
        CustomFieldComparison.Min => ".min",
        CustomFieldComparison.Max => ".max",
        _ => string.Empty,
    };

    /// <summary>Reads "custom.shoeSize.min" → (shoeSize, Min); null when the name is no custom-field filter.</summary>
    public static CustomFieldFilter? FromParameter(string name, string value)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = name[Prefix.Length..];
        var comparison = CustomFieldComparison.Equal;
        if (key.EndsWith(".min", StringComparison.Ordinal) || key.EndsWith(".max", StringComparison.Ordinal))
        {
            comparison = key.EndsWith(".min", StringComparison.Ordinal) ? CustomFieldComparison.Min : CustomFieldComparison.Max;
            key = key[..^4];
        }

        return new CustomFieldFilter(key, comparison, value);
    }
}

/// <summary>Turns custom-field filters into conditions on the value table: one indexed (field, value) lookup each.</summary>
internal static class CustomFieldFilters
{
    public static IQueryable<Contact> Apply(IQueryable<Contact> contacts, AppDbContext db, CustomFieldSet fields, IEnumerable<CustomFieldFilter> filters, bool includeArchived = false)
    {
        var errors = new ValidationErrors();
        foreach (var filter in filters)
        {
            if (fields.Find(filter.Key) is not { } field || (field.IsArchived && !includeArchived))
            {
                errors.Add(filter.Parameter, "Unknown custom field.");
                continue;
            }

            if (filter.Comparison != CustomFieldComparison.Equal && field.Type is not (CustomFieldType.Number or CustomFieldType.Date))
            {
                errors.Add(filter.Parameter, "Only number and date fields filter by range (.min / .max).");
                continue;
            }

            if (errors.Capture(filter.Parameter, () => ValueOf(field, filter.Value)) is not { } value)
            {
                continue;
            }

            var id = field.Id;
            var values = db.Set<ContactCustomValue>().Where(v => v.FieldId == id);
            values = (field.Type, filter.Comparison) switch
            {
                (CustomFieldType.Number, CustomFieldComparison.Equal) => values.Where(v => v.Number == value.Number),
                (CustomFieldType.Number, CustomFieldComparison.Min) => values.Where(v => v.Number >= value.Number),
                (CustomFieldType.Number, _) => values.Where(v => v.Number <= value.Number),
                (CustomFieldType.Date, CustomFieldComparison.Equal) => values.Where(v => v.Date == value.Date),
                (CustomFieldType.Date, CustomFieldComparison.Min) => values.Where(v => v.Date >= value.Date),
                (CustomFieldType.Date, _) => values.Where(v => v.Date <= value.Date),
                _ => values.Where(v => v.Value == value.Text),
            };
            contacts = contacts.Where(c => values.Any(v => v.ContactId == c.Id));
        }

        errors.ThrowIfAny();
        return contacts;
    }

    // Query strings carry text: read it the way the field's type reads JSON.
    private static CustomFieldValue ValueOf(CustomFieldDefinition field, string text)
    {
        var trimmed = text.Trim();
        return field.Type switch
        {
            CustomFieldType.Number => decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? CustomFieldValue.FromNumber(number)
                : throw new FieldValueException("Must be a number, e.g. 42 or 7.5."),
            CustomFieldType.Boolean => trimmed is "true" or "false" ? new CustomFieldValue(trimmed) : throw new FieldValueException("Must be true or false."),
            _ => CustomFieldValue.Parse(field, JsonSerializer.SerializeToElement(trimmed))
                ?? throw new FieldValueException("Give a value to filter by."),
        };
    }
}
