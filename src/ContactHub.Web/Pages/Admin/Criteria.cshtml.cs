using System.ComponentModel.DataAnnotations;
using ContactHub.Criteria;
using ContactHub.CustomFields;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// The organisation's criteria: list (archived ones too), create, archive and restore, and manage each one's choices
/// (add, archive, restore, move up) through <see cref="CriterionService"/> like /api/v1/definition/criteria.
/// </summary>
public sealed class CriteriaModel(CriterionService criteria) : DefinitionPageModel
{
    public IReadOnlyList<CriterionView> Criteria { get; private set; } = [];

    [BindProperty]
    public CriterionForm Form { get; set; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        ChangeAsync(
            async () => $"The criterion '{(await criteria.CreateAsync(Form.ToRequest(), ct)).Name}' is created.",
            () => LoadAsync(ct),
            nameof(Form),
            name => name.StartsWith("choices", StringComparison.Ordinal) ? "choices" : name);

    public Task<IActionResult> OnPostArchiveAsync(string key, CancellationToken ct) =>
        ChangeAsync(async () => $"The criterion '{(await criteria.ArchiveAsync(key, ct)).Name}' is archived.", () => LoadAsync(ct));

    public Task<IActionResult> OnPostRestoreAsync(string key, CancellationToken ct) =>
        ChangeAsync(async () => $"The criterion '{(await criteria.RestoreAsync(key, ct)).Name}' is restored.", () => LoadAsync(ct));

    public Task<IActionResult> OnPostArchiveChoiceAsync(string key, string choice, CancellationToken ct) =>
        ChangeAsync(async () => { await criteria.ArchiveChoiceAsync(key, choice, ct); return $"The choice '{choice}' is archived: contacts keep it, it is no longer offered."; }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRestoreChoiceAsync(string key, string choice, CancellationToken ct) =>
        ChangeAsync(async () => { await criteria.RestoreChoiceAsync(key, choice, ct); return $"The choice '{choice}' is offered again."; }, () => LoadAsync(ct));

    /// <summary>Swaps the choice with the one above it.</summary>
    public async Task<IActionResult> OnPostMoveUpAsync(string key, string choice, CancellationToken ct)
    {
        var keys = (await criteria.GetAsync(key, ct)).Choices.Select(c => c.Key).ToList();
        var at = keys.IndexOf(choice);
        if (at > 0)
        {
            (keys[at - 1], keys[at]) = (keys[at], keys[at - 1]);
        }

        return await ChangeAsync(async () => { await criteria.ReorderChoicesAsync(key, keys, ct); return $"The choice '{choice}' is moved up."; }, () => LoadAsync(ct));
    }

    /// <summary>Adds a choice at the end, keeping every existing one.</summary>
    public async Task<IActionResult> OnPostAddChoiceAsync(string key, string? choiceKey, string? choiceLabel, CancellationToken ct)
    {
        var current = await criteria.GetAsync(key, ct);
        var choices = current.Choices.Select(c => new CriterionChoiceRequest(c.Key, c.Label)).Append(new CriterionChoiceRequest(choiceKey, choiceLabel)).ToList();
        return await ChangeAsync(
            async () => { await criteria.UpdateAsync(key, new CriterionRequest { Choices = choices }, new HashSet<string> { "choices" }, ct); return $"The choice '{choiceLabel}' is added."; },
            () => LoadAsync(ct),
            rename: _ => string.Empty);
    }

    private async Task LoadAsync(CancellationToken ct) => Criteria = await criteria.ListAsync(includeArchived: true, ct);
}

/// <summary>The form of a new criterion; its choices are one per line, "key = Label".</summary>
public sealed class CriterionForm
{
    [Display(Name = "Key")] public string? Key { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Applies to")] public CustomFieldTarget AppliesTo { get; set; } = CustomFieldTarget.Both;
    [Display(Name = "Several choices per contact")] public bool Multiple { get; set; }
    [Display(Name = "Choices")] public string? Choices { get; set; }

    public CriterionRequest ToRequest() => new()
    {
        Key = Key,
        Name = Name,
        AppliesTo = AppliesTo,
        Multiple = Multiple,
        Choices = [.. (Choices ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new CriterionChoiceRequest(parts[0], parts.Length > 1 ? parts[1] : parts[0]))],
    };
}
