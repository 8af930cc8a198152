using ContactHub.Common;

namespace ContactHub.CustomFields;

/// <summary>
/// The value of one custom field on one contact. <see cref="Value"/> is the canonical text (what the audit trail
/// records and text, choice and boolean filters compare); numbers and dates are also kept typed, because a text
/// column orders "10" before "9" on both engines and a decimal is stored as text on SQLite.
/// </summary>
public sealed class ContactCustomValue : IOrganisationOwned
{
    private ContactCustomValue()
    {
        FieldKey = string.Empty;
        Value = string.Empty;
    }

    internal ContactCustomValue(Guid organisationId, Guid contactId, CustomFieldDefinition field, CustomFieldValue value)
    {
        OrganisationId = organisationId;
        ContactId = contactId;
        FieldId = field.Id;
        FieldKey = field.Key;
        Value = value.Text;
        Number = value.Number;
        Date = value.Date;
    }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid FieldId { get; private set; }

    /// <summary>The definition's key (immutable), kept here so the audit trail names the field without a lookup.</summary>
    public string FieldKey { get; private set; }

    public string Value { get; private set; }

    /// <summary>Numbers for range filters; at most 15 significant digits, so a double holds every value exactly enough to compare.</summary>
    public double? Number { get; private set; }

    public DateOnly? Date { get; private set; }

    internal void Set(CustomFieldValue value)
    {
        Value = value.Text;
        Number = value.Number;
        Date = value.Date;
    }
}
