using ContactHub.Common;

namespace ContactHub.Consent;

/// <summary>
/// The exact wording of a purpose shown to a person in one language. A new wording is a new version; old
/// versions are never changed, so every consent event points at the words the person actually saw.
/// </summary>
public sealed class ConsentText : IOrganisationOwned
{
    private ConsentText()
    {
        Language = string.Empty;
        Text = string.Empty;
    }

    internal ConsentText(Guid organisationId, Guid purposeId, string language, int version, string text, DateTime now)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        PurposeId = purposeId;
        Language = language;
        Version = version;
        Text = text;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid PurposeId { get; private set; }

    public string Language { get; private set; }

    public int Version { get; private set; }

    public string Text { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
