using ContactHub.CustomFields;

namespace ContactHub.Contacts;

/// <summary>The contact's values of its organisation's custom fields; validated by <see cref="CustomFieldSet"/> before they are set.</summary>
public sealed partial class Contact
{
    private readonly List<ContactCustomValue> _customValues = [];

    public IReadOnlyList<ContactCustomValue> CustomValues => _customValues;

    internal bool HasCustomValue(CustomFieldDefinition field) => _customValues.Exists(v => v.FieldId == field.Id);

    internal void SetCustomValue(CustomFieldDefinition field, CustomFieldValue value)
    {
        var existing = _customValues.Find(v => v.FieldId == field.Id);
        if (existing is null)
        {
            _customValues.Add(new ContactCustomValue(OrganisationId, Id, field, value));
        }
        else if (existing.Value != value.Text)
        {
            existing.Set(value);
        }
    }

    internal void ClearCustomValue(CustomFieldDefinition field) => _customValues.RemoveAll(v => v.FieldId == field.Id);
}
