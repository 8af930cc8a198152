using System.ComponentModel.DataAnnotations;
using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Definitions.Lists;
using ContactHub.Definitions.PrivacyLevels;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// Seed 001's privacy-level assignment rules, through the service of PUT /definition/privacy-levels: a rule is added or
/// removed by replacing the list, so both paths run the same validation.
/// </summary>
public sealed class PrivacyLevelsModel(PrivacyLevelService privacyLevels, ListDefinitionService lists) : DefinitionPageModel
{
    public IReadOnlyList<PrivacyLevelRule> Rules { get; private set; } = [];

    public ListChoices Choices { get; private set; } = ListChoices.None;

    [BindProperty]
    public PrivacyLevelForm New { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => ChangeAsync(
        async () =>
        {
            var current = (await privacyLevels.GetAsync(ct)).Rules;
            var added = new PrivacyLevelRuleRequest(null, New.Category, New.Kind, New.Level);
            await privacyLevels.ReplaceAsync(new PrivacyLevelsRequest([.. current.Select(Keep), added]), ct);
            return $"The rule is added: {Describe(New.Category, New.Kind)} are at least {New.Level}.";
        },
        () => LoadAsync(ct),
        nameof(New),
        rename: field => field.StartsWith("rules[", StringComparison.Ordinal) ? field[(field.IndexOf(']', StringComparison.Ordinal) + 2)..] : field);

    public Task<IActionResult> OnPostRemoveAsync(Guid ruleId, CancellationToken ct) => ChangeAsync(
        async () =>
        {
            var current = (await privacyLevels.GetAsync(ct)).Rules;
            await privacyLevels.ReplaceAsync(new PrivacyLevelsRequest([.. current.Where(r => r.Id != ruleId).Select(Keep)]), ct);
            return "The rule is removed; contacts keep the level it gave them.";
        },
        () => LoadAsync(ct));

    public static string Describe(string? category, ContactKind? kind) =>
        (category, kind) switch
        {
            (null, { } k) => $"all {k.ToString().ToLowerInvariant()} contacts",
            ({ } c, null) => $"contacts in category {c}",
            ({ } c, { } k) => $"{k.ToString().ToLowerInvariant()} contacts in category {c}",
            _ => "contacts",
        };

    private static PrivacyLevelRuleRequest Keep(PrivacyLevelRule rule) => new(rule.Id, rule.Category, rule.Kind, rule.Level);

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = (await privacyLevels.GetAsync(ct)).Rules;
        Choices = await ListChoices.LoadAsync(lists, ct);
    }
}

/// <summary>A new rule: a category and/or a kind, and the level it sets at least.</summary>
public sealed class PrivacyLevelForm
{
    [Display(Name = "Category")] public string? Category { get; set; }
    [Display(Name = "Kind")] public ContactKind? Kind { get; set; }
    [Display(Name = "At least")] public Clearance? Level { get; set; } = Clearance.Restricted;
}
