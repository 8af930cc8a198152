using ContactHub.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// A page that changes the contact definition through the same core service as the API: a change that holds
/// redirects (with a message for the next page), one the core refuses shows its field errors on the inputs and
/// its conflicts above the form, with status 422. Administrators only, by the /Admin folder policy.
/// </summary>
public abstract class DefinitionPageModel : PageModel
{
    /// <summary>The core's refusal of a change that is valid in itself but clashes with the data (e.g. a uniqueness rule).</summary>
    public ConflictException? Conflict { get; private set; }

    /// <param name="change">Runs the change and returns the message to show.</param>
    /// <param name="reload">Loads what the page shows besides the posted form, which stays as the operator typed it.</param>
    protected async Task<IActionResult> ChangeAsync(Func<Task<string>> change, Func<Task> reload, string prefix = "", Func<string, string>? rename = null)
    {
        try
        {
            // A value that did not even bind (a number field with letters) is refused before the core sees the rest.
            if (ModelState.IsValid)
            {
                return this.RedirectToPageWithMessage(await change());
            }
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e, prefix, rename);
        }
        catch (ConflictException e)
        {
            Conflict = e;
            ModelState.AddModelError(string.Empty, e.Message);
        }

        await reload();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>"a, b" → ["a", "b"]: the comma-separated inputs of the admin forms.</summary>
    public static List<string> SplitList(string? text) =>
        [.. (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
