using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Listing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// One contact with its parts and history. Every reader may open it; the change handlers (in the partial files
/// beside this one) are for editors only and each calls one core service.
/// </summary>
[EditorOnlyChanges]
public sealed partial class DetailsModel(
    ContactService contacts, ContactPointService points, ContactLinkService links, HistoryService history, ContactHub.Consent.ConsentService consents, TimeProvider clock,
    ContactHub.CustomFields.CustomFieldDefinitionService customFields, ContactHub.Criteria.CriterionService criteria, ContactHub.Definitions.Lists.ListDefinitionService lists, ContactListService list, Display.OperatorClock display) : PageModel
{
    public ContactView Contact { get; private set; } = null!;

    /// <summary>The tab shown: the overview (master data and contact points) or the relations and company links.</summary>
    public ContactTab Tab { get; private set; }

    /// <summary>The active custom fields shown on the contact page (visibility "detail").</summary>
    public IReadOnlyList<ContactHub.CustomFields.CustomFieldView> CustomFields { get; private set; } = [];

    /// <summary>The managed lists, suggested on the add forms' type inputs.</summary>
    public ListChoices Choices { get; private set; } = ListChoices.None;

    [BindProperty(SupportsGet = true)]
    public string? CompanySearch { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RelationSearch { get; set; }

    public IReadOnlyList<ContactSummary> CompanyMatches { get; private set; } = [];

    public IReadOnlyList<ContactSummary> RelationMatches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? tab, CancellationToken ct)
    {
        Tab = tab == "links" ? ContactTab.Links : ContactTab.Overview;
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The custom fields that have a value, labelled (choices by their option's label, booleans as yes/no).</summary>
    /// <summary>The organisation's active criteria, for the overview.</summary>
    public IReadOnlyList<ContactHub.Criteria.CriterionView> Criteria { get; private set; } = [];

    /// <summary>The contact's criteria by name, with the labels of its choices.</summary>
    public IEnumerable<(string Label, string Value)> CriterionValues() =>
        from criterion in Criteria
        where Contact.Criteria.ContainsKey(criterion.Key)
        select (criterion.Name, string.Join(", ", Contact.Criteria[criterion.Key].Select(criterion.LabelOf)));

    public IEnumerable<(string Label, string Value)> CustomFieldValues() =>
        from field in CustomFields
        where Contact.CustomFields.ContainsKey(field.Key)
        let value = Contact.CustomFields[field.Key]
        select (field.Name, value switch
        {
            bool flag => flag ? "Yes" : "No",
            string key when field.Type == ContactHub.CustomFields.CustomFieldType.Choice => field.Options.FirstOrDefault(o => o.Key == key)?.Label ?? key,
            DateOnly date => display.DateText(date),
            IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
            _ => value?.ToString() ?? string.Empty,
        });

    /// <summary>The master-data fields that have a value, labelled for reading (dates and times as <see cref="Display.OperatorClock"/> writes them).</summary>
    public IEnumerable<(string Label, object Value)> GeneralFields()
    {
        var c = Contact;
        (string, object?)[] fields =
        [
            ("Kind", c.Kind), ("Title", c.Title), ("First name", c.FirstName), ("Middle name", c.MiddleName), ("Last name", c.LastName),
            ("Gender", c.Gender), ("Date of birth", c.DateOfBirth), ("ID number", c.IdNumber), ("ID country", c.IdCountry),
            ("Passport number", c.PassportNumber), ("Passport country", c.PassportCountry), ("Social security number", c.SocialSecurityNumber),
            ("Country of residence", c.CountryOfResidence), ("Company name", c.CompanyName), ("VAT number", c.VatNumber),
            ("Tax reference", c.TaxReference), ("Registration details", c.RegistrationDetails), ("Employees", c.Employees),
            ("Annual turnover", c.AnnualTurnover), ("Established on", c.EstablishedOn), ("Profile year", c.ProfileYear), ("Industry", c.Industry), ("Sector", c.Sector),
            ("Data origin", c.DataOrigin),
            ("Preferred language", c.PreferredLanguage), ("Reference code", c.ReferenceCode),
            ("Categories", c.Categories.Count == 0 ? null : string.Join(", ", c.Categories)),
            ("Accessibility needs", c.AccessibilityNeeds.Count == 0 ? null : string.Join(", ", c.AccessibilityNeeds)),
            ("Valid until", c.ValidUntil), ("Validity", c.Invalid ? "Invalid (validity ended)" : null),
            ("Blocked", c.Blocked ? $"Yes — {c.BlockedReason}" : null), ("Confidentiality", c.Confidentiality),
            ("Life cycle", c.LifeCycle), ("Accounts-receivable reference", c.AccountReference), ("Name day", c.NameDay is { } day ? display.DayOfYearText(day) : null),
            ("Version", c.Version), ("Created", display.Time(c.CreatedAt)), ("Updated", display.Time(c.UpdatedAt)),
        ];
        return fields
            .Where(f => f.Item2 is not null)
            .Select(f => (f.Item1, f.Item2 switch
            {
                Microsoft.AspNetCore.Html.IHtmlContent html => html,
                DateOnly d => display.Date(d),
                var other => (object)Convert.ToString(other, CultureInfo.InvariantCulture)!,
            }));
    }

    /// <summary>Messages filed under <paramref name="key"/> exactly, or also under its sub-fields.</summary>
    public IEnumerable<string> ErrorsAt(string key, bool withSubFields = false) => ModelState
        .Where(e => e.Key == key || (withSubFields && e.Key.StartsWith(key + ".", StringComparison.Ordinal)))
        .SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Contact = await contacts.GetAsync(id, ct);
        CustomFields = [.. (await customFields.ListAsync(includeArchived: false, ct)).Where(f => f.Visibility.Contains(ContactHub.CustomFields.CustomFieldPlace.Detail))];
        Criteria = await criteria.ListAsync(includeArchived: false, ct);
        Choices = await ListChoices.LoadAsync(lists, ct);
        if (!string.IsNullOrWhiteSpace(CompanySearch))
        {
            CompanyMatches = (await list.ListAsync(new ContactQuery(Name: CompanySearch, Kind: ContactKind.Company, Sort: ContactSort.Name, Limit: 10), ct)).Items;
        }

        if (!string.IsNullOrWhiteSpace(RelationSearch))
        {
            RelationMatches = (await list.ListAsync(new ContactQuery(Name: RelationSearch, Sort: ContactSort.Name, Limit: 10), ct)).Items
                .Where(m => m.Id != id).ToList();
        }
    }

    /// <summary>Runs one change; on success back to the section, on an explainable failure the page again with the reason.</summary>
    private Task<IActionResult> ChangeAsync(Guid id, string section, string errorKey, Func<Task> change, CancellationToken ct)
    {
        // A refused change shows the tab it was made on, with the reason.
        Tab = section is "relations" or "companies" ? ContactTab.Links : ContactTab.Overview;
        return this.ChangeAsync(id, $"{ContactHeader.PathOf(id, Tab)}#{section}", Flash.SectionSaved(section), errorKey, change, () => LoadAsync(id, ct), history, ct);
    }
}
