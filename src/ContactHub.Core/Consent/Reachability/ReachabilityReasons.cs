using System.Collections.ObjectModel;

namespace ContactHub.Consent.Reachability;

/// <summary>
/// The reasons that do not depend on the contact, built once and shared by every decision (records are immutable,
/// so a shared reason is indistinguishable from a new equal one). Indexed by channel; a channel outside the enum
/// gets a new reason, as it always did.
/// </summary>
internal static class ReachabilityReasons
{
    private static readonly Channel[] Channels = Enum.GetValues<Channel>();
    private static readonly string[] ScopeNames = [.. Channels.Select(c => ConsentState.ScopeOf(c))];
    private static readonly ReachabilityReason[] NotAllowedReasons = [.. Channels.Select(NewNotAllowed)];
    private static readonly ReachabilityReason[] OverriddenReasons = [.. Channels.Select(NewOverridden)];
    private static readonly ReachabilityReason[] NoPostalAddressReasons = [.. Channels.Select(NewNoPostalAddress)];

    // The consent reasons of the type decided last: a batch decides thousands of contacts for one type.
    private static ConsentReasons? _lastConsent;

    public static readonly IReadOnlyList<ReachabilityReason> None = ReadOnlyCollection<ReachabilityReason>.Empty;

    public static readonly IReadOnlyList<ReachabilityReason> Blocked = new ReadOnlyCollection<ReachabilityReason>([new(ReasonCode.ContactBlocked, null, "The contact is blocked.")]);

    public static readonly ReachabilityReason NoActiveEmail = new(ReasonCode.NoActiveEmail, Channel.Email, "The contact has no active e-mail address.");

    public static readonly ReachabilityReason EmailHardBounced = new(ReasonCode.EmailHardBounced, Channel.Email, "Every active e-mail address of the contact has hard-bounced.");

    public static readonly ReachabilityReason NoMobilePhone = new(ReasonCode.NoMobilePhone, Channel.Sms, "The contact has no active mobile number (a fixed line cannot receive SMS).");

    public static readonly ReachabilityReason NoActivePhone = new(ReasonCode.NoActivePhone, Channel.Phone, "The contact has no active phone number.");

    public static string Scope(Channel channel) => Known(channel) ? ScopeNames[(int)channel] : ConsentState.ScopeOf(channel);

    public static ReachabilityReason NotAllowed(Channel channel) => Known(channel) ? NotAllowedReasons[(int)channel] : NewNotAllowed(channel);

    public static ReachabilityReason Overridden(Channel channel) => Known(channel) ? OverriddenReasons[(int)channel] : NewOverridden(channel);

    public static ReachabilityReason NoPostalAddress(Channel channel) => Known(channel) ? NoPostalAddressReasons[(int)channel] : NewNoPostalAddress(channel);

    public static ConsentReasons ConsentFor(NotificationFacts type)
    {
        var last = _lastConsent;
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            return last;
        }

        // Immutable once built, so a reference swap is all the thread safety it needs.
        last = new ConsentReasons(type);
        _lastConsent = last;
        return last;
    }

    private static bool Known(Channel channel) => (uint)channel < (uint)Channels.Length;

    private static ReachabilityReason NewNotAllowed(Channel channel) => new(ReasonCode.ChannelNotAllowed, channel, $"The contact does not allow {Name(channel)}.");

    private static ReachabilityReason NewOverridden(Channel channel) => new(ReasonCode.Overridden, channel, "An operator override allows this channel.");

    private static ReachabilityReason NewNoPostalAddress(Channel channel) => new(ReasonCode.NoPostalAddress, channel, "The contact has no active postal address.");

    private static string Name(Channel channel) => channel switch
    {
        Channel.Email => "e-mail",
        Channel.Sms => "SMS",
        Channel.Letter => "letters",
        _ => "phone calls",
    };

    /// <summary>The missing and withdrawn consent reasons of one marketing type, per channel.</summary>
    internal sealed class ConsentReasons(NotificationFacts type)
    {
        private readonly ReachabilityReason[] _withdrawn = [.. Channels.Select(c => Withdrawn(type, c))];
        private readonly ReachabilityReason[] _missing = [.. Channels.Select(c => Missing(type, c))];

        public NotificationFacts Type => type;

        /// <summary>Null when consent is granted.</summary>
        public ReachabilityReason? ProblemFor(bool? consent, Channel channel) => consent switch
        {
            true => null,
            false => Known(channel) ? _withdrawn[(int)channel] : Withdrawn(type, channel),
            null => Known(channel) ? _missing[(int)channel] : Missing(type, channel),
        };

        private static ReachabilityReason Withdrawn(NotificationFacts type, Channel channel) =>
            new(ReasonCode.ConsentWithdrawn, channel, $"Consent to '{type.ConsentPurposeName}' was withdrawn.");

        private static ReachabilityReason Missing(NotificationFacts type, Channel channel) =>
            new(ReasonCode.NoConsent, channel, $"No consent to '{type.ConsentPurposeName}'.");
    }
}
