using ContactHub.Common;

namespace ContactHub.Definitions.Lists;

/// <summary>The managed lists of a contact definition: the values a contact may take for a typed or classified field.</summary>
public enum DefinitionList
{
    EmailTypes,
    PhoneTypes,
    AddressTypes,
    RelationTypes,
    Categories,
    Sectors,
    Industries,
    AccessibilityNeeds,

    /// <summary>Where a contact's data came from (seed 003: e-mail, business card, database, internet).</summary>
    DataOrigins,
}

/// <summary>
/// One entry of a managed list ("work" e-mails, the "VIP" category, the "energy" industry of the "industrial" sector).
/// The key is what contacts store and never changes; the name is what operators read. Removing an entry archives it:
/// contacts keep the value, but it can no longer be chosen.
/// </summary>
public sealed class DefinitionListItem : IOrganisationOwned
{
    private DefinitionListItem()
    {
        Key = Name = string.Empty;
    }

    internal DefinitionListItem(Guid organisationId, DefinitionList list, string key, string name, string? parent, int position)
    {
        OrganisationId = organisationId;
        List = list;
        Key = key;
        Name = name;
        Parent = parent;
        Position = position;
    }

    public Guid OrganisationId { get; private set; }

    public DefinitionList List { get; private set; }

    public string Key { get; private set; }

    public string Name { get; private set; }

    /// <summary>For an industry: the key of the sector it belongs to.</summary>
    public string? Parent { get; private set; }

    public int Position { get; private set; }

    public bool IsArchived { get; private set; }

    internal void Change(string name, string? parent, int position)
    {
        // Assigned only when different, so an unchanged entry writes no audit entry.
        if (Name == name && Parent == parent && Position == position && !IsArchived)
        {
            return;
        }

        Name = name;
        Parent = parent;
        Position = position;
        IsArchived = false;
    }

    internal void Archive() => IsArchived = true;
}
