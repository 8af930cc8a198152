using System.ComponentModel.DataAnnotations;
using ContactHub.Audit;
using ContactHub.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Admin;

/// <summary>What changed in the contact definition, by whom and when: the audit entries of GET /api/v1/definition/history.</summary>
public sealed class HistoryModel(HistoryService history, TimeProvider clock, Display.OperatorClock display) : PageModel
{
    public IReadOnlyList<HistoryEntry> Entries { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (from, to) = HistoryFrame.Resolve(From, To, clock, display);
        (From, To) = (from, to);
        try
        {
            var (start, end) = HistoryFrame.Instants(from, to, display);
            Entries = await history.ForDefinitionAsync(start, end, ct);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e);
        }
    }
}
