using ContactHub.Common;

namespace ContactHub.Consent;

/// <summary>
/// The current consent of a contact for a purpose in one scope ("all" or a channel), derived from the newest
/// <see cref="ConsentEvent"/> and kept in the same transaction as the event, so that the reachability policy and
/// the list filters read one row instead of replaying the history. It can always be rebuilt from the events.
/// </summary>
public sealed class ConsentState : IOrganisationOwned
{
    public const string AllChannels = "all";

    private ConsentState()
    {
        Scope = AllChannels;
    }

    internal ConsentState(ConsentEvent from)
    {
        OrganisationId = from.OrganisationId;
        ContactId = from.ContactId;
        PurposeId = from.PurposeId;
        Scope = ScopeOf(from.Channel);
        Apply(from);
    }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid PurposeId { get; private set; }

    public string Scope { get; private set; }

    public bool Granted { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public Guid EventId { get; private set; }

    public static string ScopeOf(Channel? channel) => channel?.ToString().ToLowerInvariant() ?? AllChannels;

    /// <summary>The newer decision wins; evidence recorded late for an earlier moment does not override a later one.</summary>
    internal void Apply(ConsentEvent consentEvent)
    {
        if (EventId != Guid.Empty && consentEvent.OccurredAt < OccurredAt)
        {
            return;
        }

        Granted = consentEvent.Granted;
        OccurredAt = consentEvent.OccurredAt;
        EventId = consentEvent.Id;
    }
}
