namespace ContactHub.Consent.Reachability;

/// <summary>
/// The one place that decides whether, how and why (not) a contact may be contacted for a notification type.
/// Pure: the same facts always give the same decision. Every sending path calls it. Any failure inside
/// fails closed (not reachable), never open. It runs for every contact of a batch (a million in a campaign
/// plan), so reasons that do not depend on the contact are built once (<see cref="ReachabilityReasons"/>) and shared.
/// </summary>
public static class ReachabilityPolicy
{
    // Where a message goes when the requested channel does not work (seed 004: e-mail not allowed → print).
    private static readonly Channel[] FallbackOrder = [Channel.Letter, Channel.Email, Channel.Sms];

    public static ReachabilityDecision Decide(ReachabilityFacts contact, NotificationFacts type, Channel? requested, DateOnly today)
    {
        try
        {
            return DecideUnsafe(contact, type, requested, today);
        }
#pragma warning disable CA1031 // Failing closed is the point: no exception may turn into "reachable".
        catch (Exception e)
#pragma warning restore CA1031
        {
            return NotReachable(contact, [new(ReasonCode.PolicyError, requested, $"The decision failed ({e.GetType().Name}); not contacting is the safe answer.")]);
        }
    }

    private static ReachabilityDecision DecideUnsafe(ReachabilityFacts contact, NotificationFacts type, Channel? requested, DateOnly today)
    {
        if (contact.IsBlocked)
        {
            return NotReachable(contact, ReachabilityReasons.Blocked);
        }

        if (contact.ValidUntil is { } validUntil && validUntil < today)
        {
            return NotReachable(contact, [new(ReasonCode.ContactInvalid, null, $"The contact has been invalid since {validUntil.AddDays(1):yyyy-MM-dd}.")]);
        }

        if (type.PurposeClass == PurposeClass.Marketing && type.ConsentPurposeId is null)
        {
            return NotReachable(contact, [new(ReasonCode.NotificationTypeMisconfigured, null, $"The marketing notification type '{type.Key}' names no consent purpose.")]);
        }

        var consentReasons = type.PurposeClass == PurposeClass.Marketing ? ReachabilityReasons.ConsentFor(type) : null;
        var first = requested ?? contact.Preferred ?? Channel.Email;
        List<ReachabilityReason>? reasons = null;

        // The first channel, then the fallbacks in their order, each once.
        for (var i = -1; i < FallbackOrder.Length; i++)
        {
            var channel = i < 0 ? first : FallbackOrder[i];
            if (i >= 0 && channel == first)
            {
                continue;
            }

            var before = reasons?.Count ?? 0;
            var address = Check(contact, consentReasons, channel, ref reasons, out var overridden);
            if ((reasons?.Count ?? 0) == before)
            {
                if (overridden)
                {
                    (reasons ??= []).Add(ReachabilityReasons.Overridden(channel));
                }

                var outcome = channel == first ? ReachabilityOutcome.Reachable : ReachabilityOutcome.Fallback;
                return new ReachabilityDecision(contact.ContactId, outcome, channel, address, reasons ?? ReachabilityReasons.None);
            }
        }

        return NotReachable(contact, reasons!);
    }

    // Adds the channel's problems to reasons; an override lifts the permission problems (not a missing address).
    private static string? Check(ReachabilityFacts contact, ReachabilityReasons.ConsentReasons? consent, Channel channel, ref List<ReachabilityReason>? reasons, out bool overridden)
    {
        var notAllowed = !contact.Allowed.Contains(channel);
        var consentProblem = consent is null ? null : consent.ProblemFor(ConsentFor(contact, channel), channel);
        overridden = contact.Overrides.Contains(channel) && (notAllowed || consentProblem is not null);
        if (!overridden)
        {
            if (notAllowed)
            {
                (reasons ??= []).Add(ReachabilityReasons.NotAllowed(channel));
            }

            if (consentProblem is not null)
            {
                (reasons ??= []).Add(consentProblem);
            }
        }

        return AddressFor(contact, channel, ref reasons);
    }

    // A channel-specific decision refines the decision for all channels.
    private static bool? ConsentFor(ReachabilityFacts contact, Channel channel) =>
        contact.Consents.TryGetValue(ReachabilityReasons.Scope(channel), out var specific) ? specific
        : contact.Consents.TryGetValue(ConsentState.AllChannels, out var all) ? all
        : null;

    private static string? AddressFor(ReachabilityFacts contact, Channel channel, ref List<ReachabilityReason>? reasons)
    {
        ReachabilityReason? missing;
        string? address;
        switch (channel)
        {
            case Channel.Email:
                address = null;
                var emails = contact.Emails;
                for (var i = 0; i < emails.Count && address is null; i++)
                {
                    address = emails[i].Bounce != BounceStatus.Hard ? emails[i].Address : null;
                }

                missing = address is not null ? null : emails.Count == 0 ? ReachabilityReasons.NoActiveEmail : ReachabilityReasons.EmailHardBounced;
                break;
            case Channel.Sms:
                address = contact.MobilePhone;
                missing = ReachabilityReasons.NoMobilePhone;
                break;
            case Channel.Phone:
                address = contact.Phone ?? contact.MobilePhone;
                missing = ReachabilityReasons.NoActivePhone;
                break;
            default:
                address = contact.PostalAddress;
                missing = ReachabilityReasons.NoPostalAddress(channel);
                break;
        }

        if (address is null)
        {
            (reasons ??= []).Add(missing!);
        }

        return address;
    }

    private static ReachabilityDecision NotReachable(ReachabilityFacts contact, IReadOnlyList<ReachabilityReason> reasons) =>
        new(contact.ContactId, ReachabilityOutcome.NotReachable, null, null, reasons);
}
