using System.Text.Json;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.CustomFields;

/// <summary>
/// The organisation's custom field definitions as one request (or one import) sees them: validates and applies a
/// contact's "customFields" and turns stored values into the typed view. Archived fields are known, so a caller is
/// told the field is archived rather than unknown, but they are neither written, required nor shown.
/// </summary>
public sealed class CustomFieldSet
{
    public const string Prefix = "customFields.";

    private readonly Dictionary<string, CustomFieldDefinition> _byKey;

    public CustomFieldSet(IEnumerable<CustomFieldDefinition> definitions)
    {
        _byKey = definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);
        Active = [.. _byKey.Values.Where(d => !d.IsArchived).OrderBy(d => d.SortOrder).ThenBy(d => d.Key, StringComparer.Ordinal)];
    }

    public static CustomFieldSet None { get; } = new([]);

    /// <summary>The fields in use, in display order.</summary>
    public IReadOnlyList<CustomFieldDefinition> Active { get; }

    public static async Task<CustomFieldSet> LoadAsync(AppDbContext db, CancellationToken ct) =>
        new(await db.Set<CustomFieldDefinition>().AsNoTracking().ToListAsync(ct));

    public IEnumerable<CustomFieldDefinition> ActiveFor(ContactKind kind) => Active.Where(d => d.AppliesToKind(kind));

    public CustomFieldDefinition? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// Applies <paramref name="values"/> (key → JSON value; a null clears) to the contact. On create every required
    /// field of the contact's kind must end up with a value; on a merge-patch only the keys sent change, and a
    /// required one must not be cleared. Errors are named "customFields.&lt;key&gt;".
    /// </summary>
    internal void Apply(Contact contact, IReadOnlyDictionary<string, JsonElement>? values, bool creating, ValidationErrors errors)
    {
        foreach (var (key, json) in values ?? new Dictionary<string, JsonElement>())
        {
            var name = Prefix + key;
            switch (Find(key))
            {
                case null:
                    errors.Add(name, "Unknown custom field.");
                    break;
                case { IsArchived: true }:
                    errors.Add(name, "This custom field is archived.");
                    break;
                case var field when !field.AppliesToKind(contact.Kind):
                    errors.Add(name, field.AppliesTo == CustomFieldTarget.Persons ? "Only a person has this field." : "Only a company has this field.");
                    break;
                case var field:
                    Set(contact, field, json, name, errors);
                    break;
            }
        }

        foreach (var field in ActiveFor(contact.Kind).Where(f => f.Required && !contact.HasCustomValue(f)))
        {
            if (creating || values?.ContainsKey(field.Key) == true)
            {
                errors.Add(Prefix + field.Key, "This field is required.");
            }
        }
    }

    /// <summary>The values of active fields (all fields with <paramref name="includeArchived"/>) keyed by field, typed, in display order.</summary>
    public IReadOnlyDictionary<string, object?> ViewOf(IEnumerable<ContactCustomValue> values, bool includeArchived = false)
    {
        var stored = values.ToDictionary(v => v.FieldId);
        var fields = includeArchived ? Active.Concat(_byKey.Values.Where(d => d.IsArchived).OrderBy(d => d.Key, StringComparer.Ordinal)) : Active;
        var view = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (stored.TryGetValue(field.Id, out var value))
            {
                view[field.Key] = CustomFieldValue.Typed(field.Type, value.Value);
            }
        }

        return view;
    }

    private static void Set(Contact contact, CustomFieldDefinition field, JsonElement json, string name, ValidationErrors errors)
    {
        try
        {
            if (CustomFieldValue.Parse(field, json) is { } value)
            {
                contact.SetCustomValue(field, value);
            }
            else
            {
                contact.ClearCustomValue(field);
            }
        }
        catch (FieldValueException e)
        {
            errors.Add(name, e.Message);
        }
    }
}
