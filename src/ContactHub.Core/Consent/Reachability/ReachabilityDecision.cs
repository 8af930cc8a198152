namespace ContactHub.Consent.Reachability;

public enum ReachabilityOutcome
{
    /// <summary>The requested (or preferred) channel works.</summary>
    Reachable,

    /// <summary>The requested channel does not work, another one does (e.g. e-mail not allowed → letter).</summary>
    Fallback,

    NotReachable,
}

public enum ReasonCode
{
    ContactBlocked,
    ContactInvalid,
    NotificationTypeMisconfigured,
    NoConsent,
    ConsentWithdrawn,
    ChannelNotAllowed,
    NoActiveEmail,
    EmailHardBounced,
    NoActivePhone,
    NoMobilePhone,
    NoPostalAddress,
    Overridden,
    PolicyError,
}

/// <summary>Why a channel does or does not work, in words an operator understands.</summary>
public sealed record ReachabilityReason(ReasonCode Code, Channel? Channel, string Message);

/// <summary>The policy's answer: the outcome, the channel and concrete address to use (if any), and every reason.</summary>
public sealed record ReachabilityDecision(
    Guid ContactId,
    ReachabilityOutcome Outcome,
    Channel? Channel,
    string? Address,
    IReadOnlyList<ReachabilityReason> Reasons);
