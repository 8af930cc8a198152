using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.Definitions;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// The create form in seed 003's sections: master data, additional data, consent (ticked per purpose, the full text
/// expandable) and, for a person, binding (companies found by name, as leads and customers, picked before saving). The
/// search and picking post the whole form back, so nothing typed is lost; the create is one service call and one save.
/// </summary>
[Authorize(Policy = BackOfficeAccess.Editor)]
public sealed class CreateModel(ContactService contacts, ContactFormSetup setup, ContactListService list, ConsentDefinitionService consentDefinition) : PageModel
{
    private const int TabRows = 10;

    [BindProperty]
    public ContactForm Form { get; set; } = new();

    /// <summary>A uniqueness conflict: the rule's message and the existing contacts it names.</summary>
    public (string Message, IReadOnlyList<ContactLink> Existing)? Conflict { get; private set; }

    /// <summary>The consents to ask for: each purpose with the text in the contact's (or the organisation's) language.</summary>
    public IReadOnlyList<(ConsentPurposeView Purpose, ConsentTextView Text)> ConsentOptions { get; private set; } = [];

    [BindProperty]
    public string? CompanySearch { get; set; }

    /// <summary>Which result tab is open: leads (life cycle Marketing) or customers (Financial).</summary>
    [BindProperty]
    public LifeCycle BindingTab { get; set; } = LifeCycle.Marketing;

    public IReadOnlyDictionary<LifeCycle, (IReadOnlyList<ContactSummary> Rows, ContactCount Count)> Found { get; private set; } =
        new Dictionary<LifeCycle, (IReadOnlyList<ContactSummary>, ContactCount)>();

    public async Task OnGetAsync(string kind, CancellationToken ct)
    {
        await PrepareAsync(kind, ct);
        await setup.PrefillNewAsync(Form, ct);
    }

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken ct)
    {
        await PrepareAsync(kind, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var request = Form.ToRequest(withContactPoints: true) with
            {
                CustomFields = CustomFieldInputs.ToRequest(Form.CustomFieldDefinitions, Form.CustomFields, null),
                Criteria = Form.CriteriaRequest(null),
            };
            var created = await contacts.CreateAsync(request, ct);
            return this.RedirectWithMessage($"/contacts/{created.Id}", $"{created.DisplayName} was created{Bound(created)}.");
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

    /// <summary>Finds companies by name, counted per life cycle; the form comes back as typed.</summary>
    public async Task<IActionResult> OnPostSearchAsync(string kind, CancellationToken ct)
    {
        await PrepareAsync(kind, ct);
        await SearchAsync(ct);
        return Page();
    }

    /// <summary>Adds a found company to the ones the person is bound to on creation.</summary>
    public async Task<IActionResult> OnPostPickAsync(string kind, Guid companyId, CancellationToken ct)
    {
        await PrepareAsync(kind, ct);
        if (!Form.Companies.Exists(c => c.CompanyId == companyId))
        {
            var company = await contacts.GetAsync(companyId, ct);
            Form.Companies.Add(new CompanyRow { CompanyId = company.Id, Name = company.DisplayName });
        }

        await SearchAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnpickAsync(string kind, Guid companyId, CancellationToken ct)
    {
        await PrepareAsync(kind, ct);
        Form.Companies.RemoveAll(c => c.CompanyId == companyId);
        await SearchAsync(ct);
        return Page();
    }

    private async Task PrepareAsync(string kind, CancellationToken ct)
    {
        await setup.PrepareAsync(Form, Enum.Parse<ContactKind>(kind, ignoreCase: true), editing: false, ct);
        ConsentOptions = await consentDefinition.TextsToAskAsync(string.IsNullOrWhiteSpace(Form.PreferredLanguage) ? null : Form.PreferredLanguage.Trim(), ct);
    }

    private async Task SearchAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(CompanySearch))
        {
            return;
        }

        var found = new Dictionary<LifeCycle, (IReadOnlyList<ContactSummary>, ContactCount)>();
        foreach (var lifeCycle in Enum.GetValues<LifeCycle>())
        {
            var query = new ContactQuery(Name: CompanySearch, Kind: ContactKind.Company, LifeCycle: lifeCycle, Sort: ContactSort.Name, Limit: TabRows, IncludeInvalid: true);
            found[lifeCycle] = ((await list.ListAsync(query, ct)).Items, await list.CountAsync(query, 999, ct));
        }

        Found = found;
    }

    private static string Bound(ContactView created) =>
        created.Companies.Count == 0 ? string.Empty : $" and bound to {string.Join(", ", created.Companies.Select(c => c.DisplayName))}";

    public static string TabName(LifeCycle lifeCycle) => lifeCycle == LifeCycle.Marketing ? "Leads" : "Customers";
}
