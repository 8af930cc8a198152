using System.Globalization;
using ContactHub.Contacts.Statistics;

namespace ContactHub.Web.Pages;

/// <summary>
/// One dashboard figure as a table: a row per category (with a link to the matching contacts where the list has
/// that filter), a column per series. The page renders it as a table and <c>dashboard.js</c> draws its chart from
/// it, so every chart has its table by construction.
/// </summary>
public sealed record FigureTable(string Id, string Title, string Chart, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows)
{
    // The dashboard counts invalid contacts too; the list hides them unless asked, so its links ask.
    private const string List = "/contacts?includeInvalid=true&";

    /// <param name="link">Whether rows link to the contact list with their filter: for all contacts yes, for a segment's members not (the list is not the segment).</param>
    public static IReadOnlyList<FigureTable> AllOf(ContactFigures figures, bool link = true) =>
    [
        Single("kind", "Contacts by kind", "doughnut", figures.ByKind, k => k, k => link ? List + "kind=" + k : null),
        Single("status", "Contacts by status", "doughnut", figures.ByStatus, s => s, s => link ? List + "status=" + s : null),
        Single("life-cycle", "Contacts by life cycle", "doughnut", figures.ByLifeCycle, l => l, l => link ? List + "lifeCycle=" + l : null),
        Single("channels", "Allowed channels", "bar", figures.AllowedChannels, ChannelLabel, c => link ? List + "allowedChannel=" + c : null),
        new("consent", "Consent per purpose", "stacked", ["Granted", "Withdrawn", "No decision"],
            [.. figures.Consent.Select(c => new FigureRow(c.PurposeName, null, [c.Granted, c.Withdrawn, c.None]))]),
        new("created", "Contacts added per month", "bar", ["Contacts"],
            [.. figures.CreatedPerMonth.Select(m => new FigureRow(new DateTime(m.Year, m.Month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture), null, [m.Count]))]),
    ];

    /// <summary>The tables of a segment's (or all contacts') statistics: the dashboard's, then country, preferred channel and reachability.</summary>
    public static IReadOnlyList<FigureTable> AllOf(ContactStatisticsDetail detail, bool link) =>
    [
        .. AllOf(detail.Figures, link),
        Single("country", "Contacts by country of residence", "bar", detail.ByCountry, c => c == ContactStatisticsDetail.None ? "Not given" : c, _ => null),
        Single("preferred", "Preferred channel", "bar", detail.PreferredChannels, c => c == ContactStatisticsDetail.None ? "None" : ChannelLabel(c), _ => null),
        new("reachability", "Reachability per notification type", "stacked", ["Reachable", "By a fallback", "Not reachable"],
            [.. detail.Reachability.Select(r => new FigureRow(r.NotificationType, null, [.. r.Outcomes.Select(o => o.Count)]))]),
    ];

    private static string ChannelLabel(string channel) => channel == "Sms" ? "SMS" : channel;

    private static FigureTable Single(string id, string title, string chart, IReadOnlyList<Figure> figures, Func<string, string> label, Func<string, string?> href) =>
        new(id, title, chart, ["Contacts"], [.. figures.Select(f => new FigureRow(label(f.Key), href(f.Key), [f.Count]))]);
}

/// <summary>A category of a <see cref="FigureTable"/> and its count in each of the table's columns.</summary>
public sealed record FigureRow(string Label, string? Href, IReadOnlyList<int> Values);
