using ContactHub.Common;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts.Listing;
using ContactHub.Contacts.Statistics;
using ContactHub.Segments;
using ContactHub.Web.Api.Segments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Segments;

/// <summary>
/// One segment: its definition and warnings, its count, its members page by page (a static segment's with a Remove
/// button, and a box to add contacts by id), and its statistics as charts drawn from tables — the same services as
/// <c>/api/v1/segments</c>.
/// </summary>
[EditorOnlyChanges]
public sealed class DetailsModel(SegmentService segments, ContactStatistics statistics, ReachabilityService reachability, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public SegmentView Segment { get; private set; } = null!;

    public int Count { get; private set; }

    public ContactPage Members { get; private set; } = new([], null);

    public IReadOnlyList<FigureTable> Tables { get; private set; } = [];

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; set; }

    /// <summary>Contact ids to add to a static segment, one per line or separated by commas.</summary>
    [BindProperty]
    public string? AddIds { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var text in (AddIds ?? string.Empty).Split([',', '\n', '\r', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Guid.TryParse(text, out var contactId))
            {
                ModelState.AddModelError(nameof(AddIds), $"'{text}' is not a contact id.");
                continue;
            }

            ids.Add(contactId);
        }

        if (ids.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(AddIds), "Give the ids of the contacts to add.");
        }

        if (ModelState.IsValid)
        {
            try
            {
                await segments.AddMembersAsync(id, ids, ct);
                return this.RedirectWithMessage($"/segments/{id}", $"{ids.Count} contact(s) added.");
            }
            catch (ValidationFailedException e)
            {
                foreach (var message in e.Errors.SelectMany(x => x.Value.Select(m => (x.Key, m))))
                {
                    ModelState.AddModelError(nameof(AddIds), $"{message.Key}: {message.m}");
                }
            }
        }

        await LoadAsync(id, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid contactId, CancellationToken ct)
    {
        await segments.RemoveMembersAsync(id, [contactId], ct);
        return this.RedirectWithMessage($"/segments/{id}", "The contact was removed from the segment.");
    }

    public async Task<IActionResult> OnPostFreezeAsync(Guid id, CancellationToken ct)
    {
        var source = await segments.GetAsync(id, ct);
        var frozen = await segments.FreezeAsync(id, $"{source.Name} (frozen {clock.GetUtcNow():yyyy-MM-dd HH:mm})", ct);
        return this.RedirectWithMessage($"/segments/{frozen.Id}", $"Segment {frozen.Name} holds the members of {source.Name} as they are now.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, long version, CancellationToken ct)
    {
        var segment = await segments.GetAsync(id, ct);
        await segments.DeleteAsync(id, version, ct);
        return this.RedirectWithMessage("/segments", $"Segment {segment.Name} was deleted; its contacts are unchanged.");
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Segment = await segments.GetAsync(id, ct);
        Count = await segments.CountAsync(id, ct);
        Members = await segments.ContactsAsync(id, Cursor, PageSize, ct);
        Tables = FigureTable.AllOf(await statistics.DetailAsync(await segments.MembersAsync(id, ct), reachability, SegmentsApi.ReachabilityCap, ct), link: false);
    }
}
