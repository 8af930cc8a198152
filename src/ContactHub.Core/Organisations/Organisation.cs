using ContactHub.Common;

namespace ContactHub.Organisations;

/// <summary>A tenant. Owns every other row; nothing of one organisation is visible to another.</summary>
public sealed class Organisation
{
    private Organisation()
    {
        Name = string.Empty;
        DefaultCountry = "CH";
    }

    public Organisation(string name, CountryCode defaultCountry, DateTime createdAt)
    {
        Id = Ids.New();
        Name = name;
        DefaultCountry = defaultCountry.Value;
        CreatedAt = createdAt;
        DefinitionStamp = Ids.New();
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The country assumed for national phone numbers when the contact gives none.</summary>
    public string DefaultCountry { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// Changes (to a new random value) in the same transaction as any change of the organisation's definition, so a
    /// cached copy of the definition is known to be current by comparing this one value (<c>DefinitionSnapshots</c>).
    /// </summary>
    public Guid DefinitionStamp { get; private set; }

    internal void DefinitionChanged() => DefinitionStamp = Guid.NewGuid();
}
