using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Definitions;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// A contact's reachability for every notification type of the organisation, decided once per request: the header of
/// every contact tab shows it at a glance and the consent tab in full, with the same decisions.
/// </summary>
public sealed class ContactReachability(ConsentDefinitionService definition, ReachabilityService reachability)
{
    private readonly Dictionary<Guid, IReadOnlyList<(NotificationTypeView Type, ReachabilityDecision Decision)>> _decided = [];

    public async Task<IReadOnlyList<(NotificationTypeView Type, ReachabilityDecision Decision)>> ForAsync(Guid contactId, CancellationToken ct)
    {
        if (_decided.TryGetValue(contactId, out var known))
        {
            return known;
        }

        var types = await definition.NotificationTypesAsync(ct);
        var decisions = new List<(NotificationTypeView, ReachabilityDecision)>(types.Count);
        foreach (var type in types)
        {
            decisions.Add((type, await reachability.DecideAsync(contactId, type.Key, null, ct)));
        }

        return _decided[contactId] = decisions;
    }

    /// <summary>The outcome in an operator's words.</summary>
    public static string Words(ReachabilityDecision decision) => decision.Outcome switch
    {
        ReachabilityOutcome.Reachable => $"by {decision.Channel}",
        ReachabilityOutcome.Fallback => $"by {decision.Channel} instead",
        _ => "not reachable",
    };
}
