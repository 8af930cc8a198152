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
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The country assumed for national phone numbers when the contact gives none.</summary>
    public string DefaultCountry { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
