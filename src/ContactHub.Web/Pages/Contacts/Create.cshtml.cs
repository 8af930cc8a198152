using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

[Authorize(Policy = BackOfficeAccess.Editor)]
public sealed class CreateModel(ContactService contacts, ContactFormSetup setup) : PageModel
{
    [BindProperty]
    public ContactForm Form { get; set; } = new();

    /// <summary>A uniqueness conflict: the rule's message and the existing contacts it names.</summary>
    public (string Message, IReadOnlyList<ContactLink> Existing)? Conflict { get; private set; }

    public async Task OnGetAsync(string kind, CancellationToken ct)
    {
        await setup.PrepareAsync(Form, Enum.Parse<ContactKind>(kind, ignoreCase: true), editing: false, ct);
        await setup.PrefillNewAsync(Form, ct);
    }

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken ct)
    {
        await setup.PrepareAsync(Form, Enum.Parse<ContactKind>(kind, ignoreCase: true), editing: false, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var request = Form.ToRequest(withContactPoints: true) with { CustomFields = CustomFieldInputs.ToRequest(Form.CustomFieldDefinitions, Form.CustomFields, null) };
            var created = await contacts.CreateAsync(request, ct);
            return this.RedirectWithMessage($"/contacts/{created.Id}", $"{created.DisplayName} was created.");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e, nameof(Form));
        }
        catch (ConflictException e)
        {
            Conflict = (e.Message, await ContactChangeFailures.DuplicatesAsync(e, contacts, ct));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
