using ContactHub.Segments;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Segments;

/// <summary>The segments the operator sees (shared ones and their own), each with its kind, owner and member count.</summary>
public sealed class IndexModel(SegmentService segments) : PageModel
{
    public IReadOnlyList<(SegmentSummary Segment, int Count)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = new List<(SegmentSummary, int)>();
        foreach (var segment in await segments.ListAsync(ct))
        {
            rows.Add((segment, await segments.CountAsync(segment.Id, ct)));
        }

        Rows = rows;
    }
}
