using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>Deleting asks first; the version read with the question guards against deleting a contact changed meanwhile.</summary>
[Authorize(Policy = BackOfficeAccess.Editor)]
public sealed class DeleteModel(ContactService contacts, HistoryService history, Display.OperatorClock clock) : PageModel
{
    [BindProperty]
    public long Version { get; set; }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        var contact = await contacts.GetAsync(id, ct);
        (Id, Name, Version) = (id, contact.DisplayName, contact.Version);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await contacts.DeleteAsync(id, Version, ct);
            return this.RedirectWithMessage("/contacts", "The contact was moved to the recycle bin; it can be restored there for 30 days.");
        }
        catch (Exception e)
        {
            if (!await ContactChangeFailures.TryExplainAsync(e, id, ModelState, string.Empty, history, clock, ct))
            {
                throw;
            }
        }

        var contact = await contacts.GetAsync(id, ct);
        (Id, Name) = (id, contact.DisplayName);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
