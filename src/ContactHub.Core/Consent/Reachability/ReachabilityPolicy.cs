namespace ContactHub.Consent.Reachability;

/// <summary>
/// The one place that decides whether, how and why (not) a contact may be contacted for a notification type.
/// Pure: the same facts always give the same decision. Every sending path calls it. Any failure inside
/// fails closed (not reachable), never open.
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
            return NotReachable(contact, [new(ReasonCode.ContactBlocked, null, "The contact is blocked.")]);
        }

        if (contact.ValidUntil is { } validUntil && validUntil < today)
        {
            return NotReachable(contact, [new(ReasonCode.ContactInvalid, null, $"The contact has been invalid since {validUntil.AddDays(1):yyyy-MM-dd}.")]);
        }

        if (type.PurposeClass == PurposeClass.Marketing && type.ConsentPurposeId is null)
        {
            return NotReachable(contact, [new(ReasonCode.NotificationTypeMisconfigured, null, $"The marketing notification type '{type.Key}' names no consent purpose.")]);
        }

        var first = requested ?? contact.Preferred ?? Channel.Email;
        var reasons = new List<ReachabilityReason>();
        foreach (var channel in FallbackOrder.Prepend(first).Distinct())
        {
            var problems = Check(contact, type, channel, out var address, out var overridden);
            if (problems.Count == 0)
            {
                if (overridden)
                {
                    reasons.Add(new(ReasonCode.Overridden, channel, "An operator override allows this channel."));
                }

                var outcome = channel == first ? ReachabilityOutcome.Reachable : ReachabilityOutcome.Fallback;
                return new ReachabilityDecision(contact.ContactId, outcome, channel, address, reasons);
            }

            reasons.AddRange(problems);
        }

        return NotReachable(contact, reasons);
    }

    private static List<ReachabilityReason> Check(ReachabilityFacts contact, NotificationFacts type, Channel channel, out string? address, out bool overridden)
    {
        var problems = new List<ReachabilityReason>();
        overridden = contact.Overrides.Contains(channel);
        var permissionProblems = new List<ReachabilityReason>();
        if (!contact.Allowed.Contains(channel))
        {
            permissionProblems.Add(new(ReasonCode.ChannelNotAllowed, channel, $"The contact does not allow {Name(channel)}."));
        }

        if (type.PurposeClass == PurposeClass.Marketing && ConsentFor(contact, channel) is not true)
        {
            var withdrawn = ConsentFor(contact, channel) is false;
            permissionProblems.Add(new(
                withdrawn ? ReasonCode.ConsentWithdrawn : ReasonCode.NoConsent,
                channel,
                withdrawn ? $"Consent to '{type.ConsentPurposeName}' was withdrawn." : $"No consent to '{type.ConsentPurposeName}'."));
        }

        if (!overridden)
        {
            problems.AddRange(permissionProblems);
        }
        else if (permissionProblems.Count == 0)
        {
            overridden = false;
        }

        address = AddressFor(contact, channel, problems);
        return problems;
    }

    // A channel-specific decision refines the decision for all channels.
    private static bool? ConsentFor(ReachabilityFacts contact, Channel channel) =>
        contact.Consents.TryGetValue(ConsentState.ScopeOf(channel), out var specific) ? specific
        : contact.Consents.TryGetValue(ConsentState.AllChannels, out var all) ? all
        : null;

    private static string? AddressFor(ReachabilityFacts contact, Channel channel, List<ReachabilityReason> problems)
    {
        switch (channel)
        {
            case Channel.Email:
                var usable = contact.Emails.FirstOrDefault(e => e.Bounce != BounceStatus.Hard);
                if (usable is null)
                {
                    problems.Add(contact.Emails.Count == 0
                        ? new(ReasonCode.NoActiveEmail, channel, "The contact has no active e-mail address.")
                        : new(ReasonCode.EmailHardBounced, channel, "Every active e-mail address of the contact has hard-bounced."));
                }

                return usable?.Address;
            case Channel.Sms:
                return Require(contact.MobilePhone, ReasonCode.NoMobilePhone, channel, "The contact has no active mobile phone.", problems);
            case Channel.Phone:
                return Require(contact.Phone ?? contact.MobilePhone, ReasonCode.NoActivePhone, channel, "The contact has no active phone number.", problems);
            default:
                return Require(contact.PostalAddress, ReasonCode.NoPostalAddress, channel, "The contact has no active postal address.", problems);
        }
    }

    private static string? Require(string? value, ReasonCode code, Channel channel, string message, List<ReachabilityReason> problems)
    {
        if (value is null)
        {
            problems.Add(new(code, channel, message));
        }

        return value;
    }

    private static ReachabilityDecision NotReachable(ReachabilityFacts contact, IReadOnlyList<ReachabilityReason> reasons) =>
        new(contact.ContactId, ReachabilityOutcome.NotReachable, null, null, reasons);

    private static string Name(Channel channel) => channel switch
    {
        Channel.Email => "e-mail",
        Channel.Sms => "SMS",
        Channel.Letter => "letters",
        _ => "phone calls",
    };
}
