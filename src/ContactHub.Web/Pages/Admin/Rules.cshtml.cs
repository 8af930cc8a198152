using System.ComponentModel.DataAnnotations;
using ContactHub.Contacts;
using ContactHub.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// The completeness rule (which fields make a contact Complete rather than Draft, with the number of Draft contacts)
/// and the name rule (how names are written), through the services of PUT /definition/completeness and /definition/name-rule.
/// </summary>
public sealed class RulesModel(DefinitionService definition, ConsentDefinitionService names) : DefinitionPageModel
{
    public int DraftContacts { get; private set; }

    [BindProperty]
    public CompletenessForm Completeness { get; set; } = new();

    [BindProperty]
    [Display(Name = "Names are written")]
    public NameOrder? NameOrder { get; set; }

    [BindProperty]
    [Display(Name = "Default language")]
    public string? DefaultLanguage { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadCompletenessFormAsync(ct);
        NameOrder = await names.NameOrderAsync(ct);
        DefaultLanguage = await names.DefaultLanguageAsync(ct);
    }

    public Task<IActionResult> OnPostDefaultLanguageAsync(CancellationToken ct) => ChangeAsync(
        async () => await names.SetDefaultLanguageAsync(DefaultLanguage, ct) is { } language
            ? $"Contacts without a language are addressed in {language} now."
            : "No default language: a contact without one gets the newest text of any language.",
        async () => { await LoadCompletenessFormAsync(ct); NameOrder = await names.NameOrderAsync(ct); },
        rename: field => field == "language" ? nameof(DefaultLanguage) : field);

    public Task<IActionResult> OnPostCompletenessAsync(CancellationToken ct) => ChangeAsync(
        async () =>
        {
            var saved = await definition.SetCompletenessAsync(new CompletenessRequest(Completeness.Persons, Completeness.Companies), ct);
            return $"The completeness rule is saved. {saved.DraftContacts} contacts are Draft now.";
        },
        async () => { await LoadAsync(ct); NameOrder = await names.NameOrderAsync(ct); },
        nameof(Completeness));

    public Task<IActionResult> OnPostNameRuleAsync(CancellationToken ct) => ChangeAsync(
        async () => $"Names are written {Describe(await names.SetNameOrderAsync(NameOrder, ct))} now.",
        () => LoadCompletenessFormAsync(ct),
        rename: field => field == "order" ? nameof(NameOrder) : field);

    public static string Describe(NameOrder order) => order == ContactHub.Contacts.NameOrder.FirstMiddleLast ? "first name first" : "last name first";

    private async Task LoadCompletenessFormAsync(CancellationToken ct)
    {
        var completeness = await LoadAsync(ct);
        Completeness = new CompletenessForm { Persons = [.. completeness.Persons], Companies = [.. completeness.Companies] };
    }

    private async Task<CompletenessView> LoadAsync(CancellationToken ct)
    {
        var completeness = await definition.GetCompletenessAsync(ct);
        DraftContacts = completeness.DraftContacts;
        return completeness;
    }
}

/// <summary>The fields each kind needs to be Complete; a person also needs a company link (seed 003).</summary>
public sealed class CompletenessForm
{
    public List<string> Persons { get; set; } = [];
    public List<string> Companies { get; set; } = [];
}
