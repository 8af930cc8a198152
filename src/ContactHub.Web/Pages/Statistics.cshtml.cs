using ContactHub.Consent.Reachability;
using ContactHub.Contacts.Statistics;
using ContactHub.Data;
using ContactHub.Web.Api.Segments;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages;

/// <summary>The statistics of every contact the operator may see, as for a segment (<c>GET /api/v1/statistics</c>), counted on opening.</summary>
public sealed class StatisticsModel(ContactStatistics statistics, ReachabilityService reachability, AppDbContext db) : PageModel
{
    public int Total { get; private set; }

    public IReadOnlyList<FigureTable> Tables { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var detail = await statistics.DetailAsync(db.Contacts, reachability, SegmentsApi.ReachabilityCap, ct);
        Total = detail.Figures.Total;
        Tables = FigureTable.AllOf(detail, link: true);
    }
}
