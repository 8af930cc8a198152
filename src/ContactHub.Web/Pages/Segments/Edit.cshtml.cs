using ContactHub.Common;
using ContactHub.Segments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Segments;

/// <summary>Changes a segment's name, description, sharing and filters (the owner or an administrator).</summary>
[EditorOnlyChanges]
public sealed class EditModel(SegmentService segments) : PageModel
{
    public SegmentView Segment { get; private set; } = null!;

    [BindProperty]
    public SegmentForm Form { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Segment = await segments.GetAsync(id, ct);
        Form = SegmentForm.From(Segment);
        Version = Segment.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Segment = await segments.GetAsync(id, ct);
        Form.Kind = Segment.Kind;
        var (request, rows) = Form.ToRequest();
        try
        {
            var saved = await segments.UpdateAsync(id, request with { Include = Segment.Kind == SegmentKind.Dynamic ? Segment.Include : null, Exclude = Segment.Exclude }, Version, ct);
            return this.RedirectWithMessage($"/segments/{saved.Id}", $"Segment {saved.Name} was saved.");
        }
        catch (ValidationFailedException e)
        {
            SegmentForm.AddErrors(ModelState, e, rows);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        catch (PreconditionFailedException)
        {
            ModelState.AddModelError(string.Empty, "The segment was changed since you opened it; reload it and apply your change again.");
            Response.StatusCode = StatusCodes.Status412PreconditionFailed;
            return Page();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
