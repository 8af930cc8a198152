using System.Globalization;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.Contacts.Statistics;
using ContactHub.Runs;
using ContactHub.Web.Pages.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages;

/// <summary>
/// The back office's start page: the figures of <see cref="ContactStatistics"/> as charts, each drawn from a table
/// that holds the same figures (so the page says everything without JavaScript and to screen readers), the
/// organisation's recent changes, runs in progress and data-quality hints. The figures are those of
/// <see cref="DashboardFigures"/>: exact for a small base, otherwise as of the time shown, with a button to count again.
/// </summary>
public sealed class IndexModel(DashboardFigures dashboard, HistoryService history, RunService runs, ContactService contacts) : PageModel
{
    public const int RecentCount = 10;


    public DashboardFigureSet Set { get; private set; } = null!;

    public ContactFigures Figures => Set.Figures;

    public PossibleDuplicates Duplicates => Set.Duplicates;

    public IReadOnlyList<FigureTable> Tables { get; private set; } = [];

    public IReadOnlyList<RecentRow> Recent { get; private set; } = [];

    public IReadOnlyList<RunView> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Set = await dashboard.ReadAsync(ct);
        Tables = FigureTable.AllOf(Figures);
        Runs = await runs.InProgressAsync(ct);
        var changes = await history.RecentAsync(RecentCount, ct);
        var names = (await ContactLink.ResolveAsync(contacts, changes.Select(c => c.ContactId), ct)).ToDictionary(l => l.Id);
        Recent = [.. changes.Where(c => names.ContainsKey(c.ContactId)).Select(c => new RecentRow(
            c.Entry.OccurredAt, names[c.ContactId], $"{c.Entry.Action} {ContactTimeline.Words(c.Entry.EntityType).ToLowerInvariant()}", c.Entry.ActorName))];
    }

    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken ct)
    {
        await dashboard.RefreshAsync(ct);
        return this.RedirectToPageWithMessage("The figures are being counted again; they appear here when the run has finished.");
    }

    public static string Percent(double progress) => Math.Round(progress * 100).ToString(CultureInfo.InvariantCulture) + " %";
}

/// <summary>One row of the recent changes: when, which contact, what, by whom.</summary>
public sealed record RecentRow(DateTime At, ContactLink Contact, string Change, string Who);
