namespace ContactHub.Consent.Reachability;

/// <summary>For one notification type: how many of the <see cref="Decided"/> contacts had each outcome.</summary>
public sealed record ReachabilityFigures(string NotificationType, int Decided, IReadOnlyList<Contacts.Statistics.Figure> Outcomes);
