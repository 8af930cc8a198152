using ContactHub.Contacts;
using ContactHub.Contacts.Uniqueness;
using ContactHub.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// The uniqueness rules per kind, an OR of AND-groups, through <see cref="UniquenessDefinitionService"/> (PUT
/// /definition/uniqueness). A change that existing contacts would break is refused as a whole; the page lists them.
/// </summary>
public sealed class UniquenessModel(UniquenessDefinitionService uniqueness, ContactService contacts) : DefinitionPageModel
{
    public const int BlankRows = 2;
    public const int MaxViolationsShown = 50;

    [BindProperty]
    public UniquenessForm Form { get; set; } = new();

    /// <summary>Contacts that already share the values of a group of the refused rule, the ones the operator may see.</summary>
    public IReadOnlyList<(string Rule, IReadOnlyList<ContactLink> Contacts)> Violations { get; private set; } = [];

    /// <summary>Whether contacts above the operator's clearance clash too: said, never counted or named.</summary>
    public bool BeyondClearance { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await uniqueness.GetAsync(ct);
        Form = new UniquenessForm
        {
            Persons = [.. view.Persons.Select(Join), .. Enumerable.Repeat<string?>(null, BlankRows)],
            Companies = [.. view.Companies.Select(Join), .. Enumerable.Repeat<string?>(null, BlankRows)],
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (persons, personRows) = Groups(Form.Persons);
        var (companies, companyRows) = Groups(Form.Companies);
        var renumberPersons = ModelStateErrors.Renumber("persons", personRows);
        var renumberCompanies = ModelStateErrors.Renumber("companies", companyRows);
        var result = await ChangeAsync(
            async () =>
            {
                var saved = await uniqueness.SetAsync(new UniquenessRequest(persons, companies), ct);
                return saved.ContactsMissingFields == 0
                    ? "The uniqueness rules are saved."
                    : $"The uniqueness rules are saved. {saved.ContactsMissingFields} contacts lack a field the rules name; they must get it at their next change.";
            },
            () => Task.CompletedTask,
            nameof(Form),
            field => renumberCompanies(renumberPersons(field)));
        if (Conflict?.Extensions.GetValueOrDefault("violations") is IEnumerable<UniquenessViolation> violations)
        {
            var shown = new List<(string, IReadOnlyList<ContactLink>)>();
            foreach (var violation in violations.Take(MaxViolationsShown))
            {
                shown.Add((violation.Rule, await ContactLink.ResolveAsync(contacts, violation.ContactIds, ct)));
            }

            Violations = shown;
            BeyondClearance = Conflict.Extensions.GetValueOrDefault("contactsBeyondClearance") is true;
        }

        return result;
    }

    public static string FieldsFor(ContactKind kind) => string.Join(", ", UniquenessRules.FieldsFor(kind).Order(StringComparer.Ordinal));

    private static string Join(IReadOnlyList<string> group) => string.Join(" + ", group);

    // One input per AND-group ("lastName + idNumber"); blank inputs are left out, and their row numbers kept for the errors.
    private static (List<IReadOnlyList<string>> Groups, List<int> Rows) Groups(List<string?> inputs)
    {
        var groups = new List<IReadOnlyList<string>>();
        var rows = new List<int>();
        for (var row = 0; row < inputs.Count; row++)
        {
            var fields = (inputs[row] ?? string.Empty).Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0)
            {
                groups.Add(fields);
                rows.Add(row);
            }
        }

        return (groups, rows);
    }
}

public sealed class UniquenessForm
{
    public List<string?> Persons { get; set; } = [];
    public List<string?> Companies { get; set; } = [];
}
