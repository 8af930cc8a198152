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

    public static IReadOnlyList<FigureTable> AllOf(ContactFigures figures) =>
    [
        Single("kind", "Contacts by kind", "doughnut", figures.ByKind, k => k, k => List + "kind=" + k),
        Single("status", "Contacts by status", "doughnut", figures.ByStatus, s => s, s => List + "status=" + s),
        Single("life-cycle", "Contacts by life cycle", "doughnut", figures.ByLifeCycle, l => l, l => List + "lifeCycle=" + l),
        Single("channels", "Allowed channels", "bar", figures.AllowedChannels, c => c == "Sms" ? "SMS" : c, c => List + "allowedChannel=" + c),
        new("consent", "Consent per purpose", "stacked", ["Granted", "Withdrawn", "No decision"],
            [.. figures.Consent.Select(c => new FigureRow(c.PurposeName, null, [c.Granted, c.Withdrawn, c.None]))]),
        new("created", "Contacts added per month", "bar", ["Contacts"],
            [.. figures.CreatedPerMonth.Select(m => new FigureRow(new DateTime(m.Year, m.Month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture), null, [m.Count]))]),
    ];

    private static FigureTable Single(string id, string title, string chart, IReadOnlyList<Figure> figures, Func<string, string> label, Func<string, string> href) =>
        new(id, title, chart, ["Contacts"], [.. figures.Select(f => new FigureRow(label(f.Key), href(f.Key), [f.Count]))]);
}

/// <summary>A category of a <see cref="FigureTable"/> and its count in each of the table's columns.</summary>
public sealed record FigureRow(string Label, string? Href, IReadOnlyList<int> Values);
