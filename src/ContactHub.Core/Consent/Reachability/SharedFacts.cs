using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ContactHub.Consent.Reachability;

/// <summary>
/// Immutable values many contacts of a batch have in common (no e-mails, no consents, one "all" decision),
/// built once and shared, so loading a page of 10,000 contacts does not build 10,000 equal sets and maps.
/// </summary>
internal static class SharedFacts
{
    // Scopes are "all" and one per channel; the cap only guards against unexpected data growing the cache.
    private const int MaxCachedScopes = 32;

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, bool>> GrantedCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, bool>> WithdrawnCache = new(StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, bool> NoConsents = FrozenDictionary<string, bool>.Empty;

    public static readonly EmailFact[] NoEmails = [];

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
}
