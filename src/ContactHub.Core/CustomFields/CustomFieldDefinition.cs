using System.Text.Json;
using ContactHub.Common;
using ContactHub.Contacts;

namespace ContactHub.CustomFields;

/// <summary>
/// A field an organisation adds to its persons and/or companies. <see cref="Key"/> and <see cref="Type"/> never change,
/// so stored values always mean what they meant when written. Archiving hides the field from contacts without
/// losing its values; restoring brings them back.
/// </summary>
public sealed class CustomFieldDefinition : IOrganisationOwned
{
    private CustomFieldDefinition()
    {
        Key = string.Empty;
        Name = string.Empty;
        Options = "[]";
    }

    internal CustomFieldDefinition(Guid organisationId, string key, string name, CustomFieldType type, CustomFieldTarget appliesTo, DateTime now)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Key = key;
        Name = name;
        Type = type;
        AppliesTo = appliesTo;
        Options = "[]";
        ShowInDetail = true;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The API name under "customFields" and in "custom.&lt;key&gt;" filters, e.g. "membershipLevel".</summary>
    public string Key { get; private set; }

    public string Name { get; private set; }

    public CustomFieldType Type { get; private set; }

    public CustomFieldTarget AppliesTo { get; private set; }

    /// <summary>For choice fields: the options as a JSON array of {key, label}, in display order.</summary>
    public string Options { get; private set; }

    public bool Required { get; private set; }

    public bool ShowInList { get; private set; }

    public bool ShowInDetail { get; private set; }

    public bool ShowInSelfService { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<CustomFieldOption> OptionList =>
        JsonSerializer.Deserialize<List<CustomFieldOption>>(Options, JsonSerializerOptions.Web) ?? [];

    public IReadOnlySet<CustomFieldPlace> Visibility =>
        new[] { (ShowInList, CustomFieldPlace.List), (ShowInDetail, CustomFieldPlace.Detail), (ShowInSelfService, CustomFieldPlace.SelfService) }
            .Where(p => p.Item1).Select(p => p.Item2).ToHashSet();

    public bool AppliesToKind(ContactKind kind) =>
        AppliesTo == CustomFieldTarget.Both || (AppliesTo == CustomFieldTarget.Persons) == (kind == ContactKind.Person);

    internal void Rename(string name) => Name = name;

    internal void SetOptions(IEnumerable<CustomFieldOption> options) => Options = JsonSerializer.Serialize(options.ToList(), JsonSerializerOptions.Web);

    internal void SetRequired(bool required) => Required = required;

    internal void SetVisibility(IReadOnlySet<CustomFieldPlace> places)
    {
        ShowInList = places.Contains(CustomFieldPlace.List);
        ShowInDetail = places.Contains(CustomFieldPlace.Detail);
        ShowInSelfService = places.Contains(CustomFieldPlace.SelfService);
    }

    internal void SetSortOrder(int order) => SortOrder = order;

    internal void Archive() => IsArchived = true;

    internal void Restore() => IsArchived = false;
}
