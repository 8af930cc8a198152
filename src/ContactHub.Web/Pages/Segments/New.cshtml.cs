using ContactHub.Common;
using ContactHub.Segments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Segments;

/// <summary>A new segment; opened from the contact list, its one group is the list's filters.</summary>
[EditorOnlyChanges]
public sealed class NewModel(SegmentService segments) : PageModel
{
    [BindProperty]
    public SegmentForm Form { get; set; } = new();

    public void OnGet() => Form = SegmentForm.FromList(Request.Query);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (request, rows) = Form.ToRequest();
        try
        {
            var created = await segments.CreateAsync(request, ct);
            return this.RedirectWithMessage($"/segments/{created.Id}", $"Segment {created.Name} was created.");
        }
        catch (ValidationFailedException e)
        {
            SegmentForm.AddErrors(ModelState, e, rows);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
