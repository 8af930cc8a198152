using ContactHub.Common;

namespace ContactHub.Consent;

/// <summary>
/// A kind of message (newsletter, invoice, service notice) and its purpose class. A marketing type names the
/// consent purpose it needs; service and financial types ignore marketing opt-outs.
/// </summary>
public sealed class NotificationType : IOrganisationOwned
{
    private NotificationType()
    {
        Key = string.Empty;
        Name = string.Empty;
    }

    internal NotificationType(Guid organisationId, string key, string name, PurposeClass purposeClass, Guid? consentPurposeId, DateTime now)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Key = key;
        Name = name;
        PurposeClass = purposeClass;
        ConsentPurposeId = consentPurposeId;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Key { get; private set; }

    public string Name { get; private set; }

    public PurposeClass PurposeClass { get; private set; }

    /// <summary>Set exactly when <see cref="PurposeClass"/> is marketing.</summary>
    public Guid? ConsentPurposeId { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
