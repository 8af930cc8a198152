namespace ContactHub.Contacts.Statistics;

/// <summary>
/// What the dashboard shows about the contacts the caller may see. <see cref="Figure.Key"/> is the enum member's
/// name (kind, status, life cycle, channel), so the page names it and links filters by it.
/// </summary>
public sealed record ContactFigures(
    int Total,
    IReadOnlyList<Figure> ByKind,
    IReadOnlyList<Figure> ByStatus,
    IReadOnlyList<Figure> ByLifeCycle,
    int Invalid,
    int Blocked,
    int Bounced,
    IReadOnlyList<ConsentCoverage> Consent,
    IReadOnlyList<Figure> AllowedChannels,
    IReadOnlyList<MonthCount> CreatedPerMonth)
{
    public int Draft => ByStatus.Single(f => f.Key == nameof(ContactStatus.Draft)).Count;
}
