using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ContactHub.Consent.Reachability;

/// <summary>
/// Immutable values many contacts of a batch have in common (allowed channels, overrides, "all channels granted"),
/// built once and shared, so loading a page of 10,000 contacts does not build 10,000 equal sets and maps.
/// </summary>
internal static class SharedFacts
{
    // Scopes are "all" and one per channel; the cap only guards against unexpected data growing the cache.
    private const int MaxCachedScopes = 32;

    private static readonly IReadOnlySet<Channel>[] ChannelSets = BuildChannelSets();
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, bool>> GrantedCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, bool>> WithdrawnCache = new(StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, bool> NoConsents = FrozenDictionary<string, bool>.Empty;

    public static readonly EmailFact[] NoEmails = [];

    /// <summary>One bit per channel, as <see cref="ChannelSetOf"/> reads it.</summary>
    public static int Bit(Channel channel) => 1 << (int)channel;

    public static int Bits(bool email, bool phone, bool sms, bool letter) =>
        (email ? Bit(Channel.Email) : 0) | (phone ? Bit(Channel.Phone) : 0) | (sms ? Bit(Channel.Sms) : 0) | (letter ? Bit(Channel.Letter) : 0);

    public static IReadOnlySet<Channel> ChannelSetOf(int bits) => ChannelSets[bits];

    /// <summary>The one-entry consent map for a scope and state (the common case: one "all" decision per contact).</summary>
    public static IReadOnlyDictionary<string, bool> SingleConsent(string scope, bool granted)
    {
        var cache = granted ? GrantedCache : WithdrawnCache;
        if (cache.TryGetValue(scope, out var map))
        {
            return map;
        }

        map = new Dictionary<string, bool>(StringComparer.Ordinal) { [scope] = granted }.ToFrozenDictionary(StringComparer.Ordinal);
        if (cache.Count < MaxCachedScopes)
        {
            // A racing writer stores an equal map; either may win.
            cache[scope] = map;
        }

        return map;
    }

    private static IReadOnlySet<Channel>[] BuildChannelSets()
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
