namespace ContactHub.CustomFields;

/// <summary>Create (all that applies) or merge-patch (name, options, required, visibility, sortOrder) a custom field.</summary>
public sealed record CustomFieldRequest
{
    public string? Key { get; init; }
    public string? Name { get; init; }
    public CustomFieldType? Type { get; init; }
    public CustomFieldTarget? AppliesTo { get; init; }
    public IReadOnlyList<CustomFieldOptionRequest>? Options { get; init; }
    public bool? Required { get; init; }
    public IReadOnlyList<CustomFieldPlace>? Visibility { get; init; }
    public int? SortOrder { get; init; }
}

public sealed record CustomFieldOptionRequest(string? Key, string? Label);

/// <summary>
/// A custom field as the definition API returns it. <see cref="ContactsWithoutValue"/> is set on a create or change
/// of a required field: how many existing contacts of its kind lack a value (they stay as they are; new contacts need one).
/// </summary>
public sealed record CustomFieldView(
    Guid Id,
    string Key,
    string Name,
    CustomFieldType Type,
    CustomFieldTarget AppliesTo,
    IReadOnlyList<CustomFieldOption> Options,
    bool Required,
    IReadOnlyList<CustomFieldPlace> Visibility,
    int SortOrder,
    bool Archived,
    int? ContactsWithoutValue = null)
{
    public static CustomFieldView From(CustomFieldDefinition d, int? contactsWithoutValue = null) => new(
        d.Id, d.Key, d.Name, d.Type, d.AppliesTo, d.OptionList, d.Required, [.. d.Visibility.Order()], d.SortOrder, d.IsArchived, contactsWithoutValue);
}
