using System.Collections.Frozen;
using ContactHub.Common;

namespace ContactHub.Consent;

/// <summary>Allowed channels are stored as one boolean column each, so lists and batch decisions filter on plain columns.</summary>
public static class ChannelSet
{
    // Every combination of channels, built once: a set is read far more often than made (a batch decision makes one
    // per contact), and equal sets can be one shared, frozen value.
    private static readonly IReadOnlySet<Channel>[] Combinations = BuildCombinations();

    public static IReadOnlySet<Channel> From(bool email, bool phone, bool sms, bool letter) => Of(Bits(email, phone, sms, letter));

    /// <summary>One bit per channel, as <see cref="Of"/> reads it.</summary>
    internal static int Bit(Channel channel) => 1 << (int)channel;

    internal static int Bits(bool email, bool phone, bool sms, bool letter) =>
        (email ? Bit(Channel.Email) : 0) | (phone ? Bit(Channel.Phone) : 0) | (sms ? Bit(Channel.Sms) : 0) | (letter ? Bit(Channel.Letter) : 0);

    internal static IReadOnlySet<Channel> Of(int bits) => Combinations[bits];

    public static (bool Email, bool Phone, bool Sms, bool Letter) Flags(IReadOnlySet<Channel> channels) =>
        (channels.Contains(Channel.Email), channels.Contains(Channel.Phone), channels.Contains(Channel.Sms), channels.Contains(Channel.Letter));

    /// <summary>The preferred channel must be one of the allowed ones (or none at all).</summary>
    public static void Validate(IReadOnlySet<Channel> allowed, Channel? preferred, ValidationErrors errors)
    {
        if (preferred is { } channel && !allowed.Contains(channel))
        {
            errors.Add("preferredChannel", $"The preferred channel '{channel.ToString().ToLowerInvariant()}' is not among the allowed channels.");
        }
    }

    private static IReadOnlySet<Channel>[] BuildCombinations()
    {
        var channels = Enum.GetValues<Channel>();
        var sets = new IReadOnlySet<Channel>[1 << channels.Length];
        for (var bits = 0; bits < sets.Length; bits++)
        {
            sets[bits] = channels.Where(c => (bits & Bit(c)) != 0).ToFrozenSet();
        }

        return sets;
    }
}
