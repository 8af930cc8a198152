using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

[Authorize(Policy = BackOfficeAccess.Editor)]
public sealed class CreateModel(ContactService contacts) : PageModel
{
    [BindProperty]
    public ContactForm Form { get; set; } = new();

    public void OnGet(string kind) => Form.Kind = Enum.Parse<ContactKind>(kind, ignoreCase: true);

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken ct)
    {
        Form.Kind = Enum.Parse<ContactKind>(kind, ignoreCase: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var created = await contacts.CreateAsync(Form.ToRequest(withContactPoints: true), ct);
            return Redirect($"/contacts/{created.Id}");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e, nameof(Form));
            return Page();
        }
    }
}
