using ContactHub.Audit;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>Edits the master data. The version read with the form travels in a hidden field, so a save over someone else's change is refused.</summary>
[Authorize(Policy = BackOfficeAccess.Editor)]
public sealed class EditModel(ContactService contacts, HistoryService history, ContactFormSetup setup, Display.OperatorClock clock) : PageModel
{
    [BindProperty]
    public ContactForm Form { get; set; } = new();

    /// <summary>A uniqueness conflict: the rule's message and the existing contacts it names.</summary>
    public (string Message, IReadOnlyList<ContactLink> Existing)? Conflict { get; private set; }

    [BindProperty]
    public long Version { get; set; }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? StaleMessage { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        var contact = await contacts.GetAsync(id, ct);
        (Id, Name, Version) = (id, contact.DisplayName, contact.Version);
        Form = ContactForm.From(contact);
        await setup.PrepareAsync(Form, contact.Kind, editing: true, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var current = await contacts.GetAsync(id, ct);
        (Id, Name) = (id, current.DisplayName);
        Form.Emails = [];
        Form.Phones = [];
        Form.Addresses = [];
        await setup.PrepareAsync(Form, current.Kind, editing: true, ct);
        if (Form.IdentityDocumentsMasked)
        {
            (Form.IdNumber, Form.PassportNumber, Form.SocialSecurityNumber) = (current.IdNumber, current.PassportNumber, current.SocialSecurityNumber);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            // Only what the operator changed is sent: the form does not show every field of a contact, and a field
            // it does not carry must stay as it is (see ContactForm.ChangedFrom).
            Form.Kind = current.Kind;
            var request = Form.ToRequest(withContactPoints: false) with
            {
                Kind = null,
                CustomFields = CustomFieldInputs.ToRequest(Form.CustomFieldDefinitions, Form.CustomFields, current.CustomFields),
                Criteria = Form.CriteriaRequest(current.Criteria),
            };
            var present = Form.ChangedFrom(ContactForm.From(current)).ToHashSet(StringComparer.Ordinal);
            if (request.CustomFields.Count > 0)
            {
                present.Add("customFields");
            }

            if (request.Criteria.Count > 0)
            {
                present.Add("criteria");
            }

            await contacts.UpdateAsync(id, request, present, Version, ct);
            return this.RedirectWithMessage($"/contacts/{id}", "Changes saved.");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e, nameof(Form));
        }
        catch (ConflictException e)
        {
            Conflict = (e.Message, await ContactChangeFailures.DuplicatesAsync(e, contacts, ct));
        }
        catch (Exception e) when (e is PreconditionFailedException or DbUpdateConcurrencyException)
        {
            StaleMessage = await ContactChangeFailures.StaleMessageAsync(id, history, clock, ct);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
