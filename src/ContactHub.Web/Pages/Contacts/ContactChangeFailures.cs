using ContactHub.Audit;
using ContactHub.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// What a contact page shows when a change fails: field errors on their fields, conflicts as a form error,
/// and a stale version as "changed by X at Y — reload". Anything else is not the operator's to fix and propagates.
/// </summary>
public static class ContactChangeFailures
{
    /// <summary>
    /// Runs one change from a contact page: on success redirects to <paramref name="done"/> with <paramref name="message"/>
    /// (<see cref="Flash"/>); on a failure the operator
    /// can act on, shows the page again (<paramref name="reload"/>) with the reason and 422; anything else propagates.
    /// </summary>
    public static async Task<IActionResult> ChangeAsync(
        this PageModel page, Guid contactId, string done, string message, string errorKey, Func<Task> change, Func<Task> reload, HistoryService history, CancellationToken ct)
    {
        try
        {
            await change();
            return page.RedirectWithMessage(done, message);
        }
        catch (Exception e)
        {
            if (!await TryExplainAsync(e, contactId, page.ModelState, errorKey, history, page.HttpContext.RequestServices.GetRequiredService<Display.OperatorClock>(), ct))
            {
                throw;
            }

            await reload();
            page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page.Page();
        }
    }

    public static async Task<bool> TryExplainAsync(
        Exception failure, Guid contactId, ModelStateDictionary modelState, string prefix, HistoryService history, Display.OperatorClock clock, CancellationToken ct)
    {
        switch (failure)
        {
            case ValidationFailedException e:
                modelState.AddCoreErrors(e, prefix);
                return true;
            case ConflictException or NotFoundException:
                modelState.AddModelError(prefix, failure.Message);
                return true;
            case PreconditionFailedException or DbUpdateConcurrencyException:
                modelState.AddModelError(string.Empty, await StaleMessageAsync(contactId, history, clock, ct));
                return true;
            default:
                return false;
        }
    }

    /// <summary>The contacts a uniqueness conflict names (those the operator may see), to link from the refused form.</summary>
    public static Task<IReadOnlyList<ContactLink>> DuplicatesAsync(ConflictException conflict, ContactHub.Contacts.ContactService contacts, CancellationToken ct) =>
        ContactLink.ResolveAsync(contacts, conflict.Extensions.GetValueOrDefault("existingContactIds") as IEnumerable<Guid> ?? [], ct);

    public static async Task<string> StaleMessageAsync(Guid contactId, HistoryService history, Display.OperatorClock clock, CancellationToken ct) =>
        await history.LatestChangeAsync(contactId, ct) is { } latest
            ? $"This contact was changed by {latest.ActorName} at {clock.Text(latest.OccurredAt, seconds: true)} — reload it and apply your change again."
            : "This contact was changed by someone else — reload it and apply your change again.";
}
