using System.ComponentModel.DataAnnotations;
using ContactHub.Audit;
using ContactHub.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Admin;

/// <summary>What changed in the contact definition, by whom and when: the audit entries of GET /api/v1/definition/history.</summary>
public sealed class HistoryModel(HistoryService history, TimeProvider clock) : PageModel
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
        // Whole UTC days, by default the last 30, as on a contact's history.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        From ??= today.AddDays(-30);
        To ??= today;
        try
        {
            Entries = await history.ForDefinitionAsync(From.Value.ToDateTime(TimeOnly.MinValue), To.Value.ToDateTime(TimeOnly.MaxValue), ct);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e);
        }
    }
}
