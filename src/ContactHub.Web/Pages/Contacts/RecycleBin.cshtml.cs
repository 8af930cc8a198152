using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.RecycleBin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// The recycle bin: the contacts deleted in the last 30 days that the operator may see, newest first, each with a
/// Restore button (editors only). The same <see cref="RecycleBinService"/> as <c>/api/v1/recycle-bin</c>.
/// </summary>
[EditorOnlyChanges]
public sealed class RecycleBinModel(RecycleBinService bin, ContactService contacts) : PageModel
{
    public RecycleBinPage Bin { get; private set; } = new([], null);

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; set; }

    /// <summary>A restore a uniqueness rule refused: the rule's message and the contact that now holds the values.</summary>
    public (string Message, IReadOnlyList<ContactLink> Existing)? Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Bin = await bin.ListAsync(Cursor, 50, ct);

    public async Task<IActionResult> OnPostRestoreAsync(Guid contactId, CancellationToken ct)
    {
        try
        {
            var restored = await bin.RestoreAsync(contactId, ct);
            return this.RedirectWithMessage($"/contacts/{restored.Id}", $"{restored.DisplayName} was restored from the recycle bin.");
        }
        catch (ConflictException e)
        {
            Conflict = (e.Message + " Change or delete that contact first, then restore this one.", await ContactChangeFailures.DuplicatesAsync(e, contacts, ct));
        }

        Bin = await bin.ListAsync(null, 50, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
