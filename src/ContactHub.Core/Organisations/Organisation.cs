using ContactHub.Common;

namespace ContactHub.Organisations;

/// <summary>A tenant. Owns every other row; nothing of one organisation is visible to another.</summary>
public sealed class Organisation
{
    private Organisation()
    {
        Name = string.Empty;
        DefaultCountry = "CH";
        TimeZone = DefaultTimeZone;
    }

    public Organisation(string name, CountryCode defaultCountry, DateTime createdAt)
    {
        Id = Ids.New();
        Name = name;
        DefaultCountry = defaultCountry.Value;
        CreatedAt = createdAt;
        DefinitionStamp = Ids.New();
        TimeZone = DefaultTimeZone;
    }

    /// <summary>The zone of organisations that never chose one (and of those that existed before the setting).</summary>
    public const string DefaultTimeZone = "UTC";

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The country assumed for national phone numbers when the contact gives none.</summary>
    public string DefaultCountry { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The IANA time zone the back office shows times in for operators without a zone of their own.</summary>
    public string TimeZone { get; private set; }

    /// <summary>
    /// Changes (to a new random value) in the same transaction as any change of the organisation's definition, so a
    /// cached copy of the definition is known to be current by comparing this one value (<c>DefinitionSnapshots</c>).
    /// </summary>
    public Guid DefinitionStamp { get; private set; }

    internal void ChangeTimeZone(DisplayZone zone) => TimeZone = zone.Id;

    internal void DefinitionChanged() => DefinitionStamp = Guid.NewGuid();
}
