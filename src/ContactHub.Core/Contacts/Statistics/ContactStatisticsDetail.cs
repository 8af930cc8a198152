using ContactHub.Consent.Reachability;

namespace ContactHub.Contacts.Statistics;

/// <summary>
/// The statistics of a segment or of the whole base: the dashboard's figures, plus the countries of residence (most
/// first), the preferred channels and, per notification type, the reachability outcomes. <see cref="None"/> is the key
/// of "not given".
/// </summary>
public sealed record ContactStatisticsDetail(
    ContactFigures Figures,
    IReadOnlyList<Figure> ByCountry,
    IReadOnlyList<Figure> PreferredChannels,
    IReadOnlyList<ReachabilityFigures> Reachability)
{
    public const string None = "none";
}
