namespace ContactHub.CustomFields;

/// <summary>The type of an administrator-defined field; it decides how a value is parsed, stored and filtered.</summary>
public enum CustomFieldType
{
    Text,
    Number,
    Date,
    Boolean,
    Choice,
}

/// <summary>Which kind of contact a custom field belongs to.</summary>
public enum CustomFieldTarget
{
    Persons,
    Companies,
    Both,
}

/// <summary>Where a custom field shows: in lists, on the contact page, and to the contact itself in self-service.</summary>
public enum CustomFieldPlace
{
    List,
    Detail,
    SelfService,
}

/// <summary>One option of a choice field: the stored key (never changes once defined) and the label shown.</summary>
public sealed record CustomFieldOption(string Key, string Label);
