using ContactHub.Common;

namespace ContactHub.Consent.Reachability;

/// <summary>
/// An operator's decision to contact someone despite the policy ("it is imperative to communicate important
/// information", seed 001) for one notification type and channel, with a written reason. Audited like every change.
/// </summary>
public sealed class ReachabilityOverride : IOrganisationOwned
{
    private ReachabilityOverride()
    {
        Reason = string.Empty;
    }

    internal ReachabilityOverride(Guid organisationId, Guid contactId, Guid notificationTypeId, Channel channel, string reason, DateTime now, DateTime expiresAt)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        ContactId = contactId;
        NotificationTypeId = notificationTypeId;
        Channel = channel;
        Reason = reason;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid NotificationTypeId { get; private set; }

    public Channel Channel { get; private set; }

    public string Reason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>An override is for a situation, not forever.</summary>
    public DateTime ExpiresAt { get; private set; }
}
