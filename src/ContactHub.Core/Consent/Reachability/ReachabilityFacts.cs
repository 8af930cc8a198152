namespace ContactHub.Consent.Reachability;

/// <summary>What the policy needs to know about one notification type.</summary>
public sealed record NotificationFacts(Guid Id, string Key, PurposeClass PurposeClass, Guid? ConsentPurposeId, string? ConsentPurposeName);

/// <summary>An active e-mail address of the contact and its delivery state.</summary>
public sealed record EmailFact(string Address, BounceStatus Bounce);

/// <summary>
/// Everything the policy needs to know about one contact, loaded in bulk by <see cref="ReachabilityService"/>:
/// its state, channels, active contact points, the consent states for the notification type's purpose
/// (by scope: "all" or a channel name) and the channels an operator has overridden.
/// </summary>
public sealed record ReachabilityFacts(
    Guid ContactId,
    bool IsBlocked,
    DateOnly? ValidUntil,
    IReadOnlySet<Channel> Allowed,
    Channel? Preferred,
    IReadOnlyList<EmailFact> Emails,
    string? Phone,
    string? MobilePhone,
    string? PostalAddress,
    IReadOnlyDictionary<string, bool> Consents,
    IReadOnlySet<Channel> Overrides);
