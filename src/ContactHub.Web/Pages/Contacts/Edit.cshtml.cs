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
public sealed class EditModel(ContactService contacts, HistoryService history, CustomFieldDefinitionService customFields, Definitions.Lists.ListDefinitionService lists) : PageModel
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
        Form.CustomFieldDefinitions = [.. CustomFieldInputs.For(await customFields.ListAsync(includeArchived: false, ct), contact.Kind)];
        Form.Choices = await ListChoices.LoadAsync(lists, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var current = await contacts.GetAsync(id, ct);
        (Id, Name) = (id, current.DisplayName);
        Form.Kind = current.Kind;
        Form.Emails = [];
        Form.Phones = [];
        Form.Addresses = [];
        Form.CustomFieldDefinitions = [.. CustomFieldInputs.For(await customFields.ListAsync(includeArchived: false, ct), current.Kind)];
        Form.Choices = await ListChoices.LoadAsync(lists, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            // Every master-data field is on the form, so all of them are "present": an emptied input clears its field.
            // Custom fields: only the inputs that differ from the stored values are sent.
            var request = Form.ToRequest(withContactPoints: false) with
            {
                Kind = null,
                CustomFields = CustomFieldInputs.ToRequest(Form.CustomFieldDefinitions, Form.CustomFields, current.CustomFields),
            };
            await contacts.UpdateAsync(id, request, ContactFields.PatchableNames, Version, ct);
            return Redirect($"/contacts/{id}");
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
            StaleMessage = await ContactChangeFailures.StaleMessageAsync(id, history, ct);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
