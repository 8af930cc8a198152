using System.Text.RegularExpressions;
using ContactHub.Common;
using ContactHub.CustomFields;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Criteria;

/// <summary>
/// The criteria part of the contact definition: define, rename, archive and restore criteria, and manage their choices
/// like the managed lists (add, archive, restore, reorder). Key, target and single/multiple are fixed once defined, and
/// a choice is never removed (contacts hold its key). Every change is audited (entries without a contact).
/// </summary>
public sealed partial class CriterionService(AppDbContext db, Access.CallerContext caller, TimeProvider clock)
{
    public const int MaxChoices = 200;

    private static readonly string[] Immutable = ["key", "appliesTo", "multiple"];

    public async Task<IReadOnlyList<CriterionView>> ListAsync(bool includeArchived, CancellationToken ct)
    {
        var criteria = await db.Set<Criterion>().AsNoTracking().Where(c => includeArchived || !c.IsArchived).ToListAsync(ct);
        return [.. criteria.OrderBy(c => c.IsArchived).ThenBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(CriterionView.From)];
    }

    public async Task<CriterionView> GetAsync(string key, CancellationToken ct) =>
        CriterionView.From(await db.Set<Criterion>().AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, ct) ?? throw NotFound());

    public async Task<CriterionView> CreateAsync(CriterionRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var key = request.Key?.Trim() ?? string.Empty;
        if (!KeyShape().IsMatch(key))
        {
            errors.Add("key", "A key of 2 to 50 lower-case letters, digits or '-' starting with a letter is required, e.g. \"sector-interest\".");
        }

        var name = Name(request.Name, errors);
        var choices = Choices(request.Choices, [], errors);
        errors.ThrowIfAny();
        if (await db.Set<Criterion>().AnyAsync(c => c.Key == key, ct))
        {
            throw new ConflictException("criterion-exists", $"A criterion '{key}' exists already (perhaps archived: restore it).");
        }

        var criterion = new Criterion(caller.RequireOrganisation(), key, name!, request.AppliesTo ?? CustomFieldTarget.Both, request.Multiple ?? false, clock.GetUtcNow().UtcDateTime);
        criterion.SetChoices(choices);
        criterion.SetSortOrder(request.SortOrder ?? 0);
        db.Add(criterion);
        await db.SaveChangesAsync(ct);
        return CriterionView.From(criterion);
    }

    /// <summary>Merge-patch of the <paramref name="present"/> fields; the choices' order is the order sent.</summary>
    public async Task<CriterionView> UpdateAsync(string key, CriterionRequest request, IReadOnlySet<string> present, CancellationToken ct)
    {
        var criterion = await FindAsync(key, ct);
        var errors = new ValidationErrors();
        foreach (var name in Immutable.Where(present.Contains))
        {
            errors.Add(name, "The key, kind of contact and single or multiple choice of a criterion cannot be changed; define a new one instead.");
        }

        var newName = present.Contains("name") ? Name(request.Name, errors) : criterion.Name;
        var choices = present.Contains("choices") ? Choices(request.Choices, criterion.ChoiceList, errors) : criterion.ChoiceList;
        errors.ThrowIfAny();
        criterion.Rename(newName!);
        criterion.SetChoices(choices);
        criterion.SetSortOrder(request.SortOrder ?? criterion.SortOrder);
        await db.SaveChangesAsync(ct);
        return CriterionView.From(criterion);
    }

    /// <summary>Archives the criterion: contacts keep their values (and history) but no longer show or accept it.</summary>
    public Task<CriterionView> ArchiveAsync(string key, CancellationToken ct) => ChangeAsync(key, c => c.Archive(), ct);

    public Task<CriterionView> RestoreAsync(string key, CancellationToken ct) => ChangeAsync(key, c => c.Restore(), ct);

    /// <summary>Archives a choice: contacts that have it keep it, no one else is offered it.</summary>
    public Task<CriterionView> ArchiveChoiceAsync(string key, string choice, CancellationToken ct) => SetChoiceArchivedAsync(key, choice, true, ct);

    public Task<CriterionView> RestoreChoiceAsync(string key, string choice, CancellationToken ct) => SetChoiceArchivedAsync(key, choice, false, ct);

    /// <summary>Puts the choices in the order of <paramref name="keys"/>, which must name each choice once.</summary>
    public async Task<CriterionView> ReorderChoicesAsync(string key, IReadOnlyList<string>? keys, CancellationToken ct)
    {
        var criterion = await FindAsync(key, ct);
        var choices = criterion.ChoiceList;
        var order = keys ?? [];
        if (order.Count != choices.Count || order.Distinct(StringComparer.Ordinal).Count() != order.Count || !choices.All(c => order.Contains(c.Key)))
        {
            throw ValidationFailedException.For("keys", "Name every choice of the criterion once, in the new order.");
        }

        criterion.SetChoices(order.Select(k => choices.First(c => c.Key == k)));
        await db.SaveChangesAsync(ct);
        return CriterionView.From(criterion);
    }

    private async Task<CriterionView> SetChoiceArchivedAsync(string key, string choice, bool archived, CancellationToken ct)
    {
        var criterion = await FindAsync(key, ct);
        var choices = criterion.ChoiceList;
        if (!choices.Any(c => c.Key == choice))
        {
            throw new NotFoundException("The choice");
        }

        if (archived && choices.Count(c => !c.IsArchived && c.Key != choice) == 0)
        {
            throw ValidationFailedException.For("choice", "A criterion keeps at least one choice on offer: add another before archiving this one.");
        }

        criterion.SetChoices(choices.Select(c => c.Key == choice ? c with { IsArchived = archived } : c));
        await db.SaveChangesAsync(ct);
        return CriterionView.From(criterion);
    }

    private async Task<CriterionView> ChangeAsync(string key, Action<Criterion> change, CancellationToken ct)
    {
        var criterion = await FindAsync(key, ct);
        change(criterion);
        await db.SaveChangesAsync(ct);
        return CriterionView.From(criterion);
    }

    private async Task<Criterion> FindAsync(string key, CancellationToken ct) =>
        await db.Set<Criterion>().FirstOrDefaultAsync(c => c.Key == key, ct) ?? throw NotFound();

    private static NotFoundException NotFound() => new("The criterion");

    private static string? Name(string? name, ValidationErrors errors)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200 || trimmed.Any(char.IsControl))
        {
            errors.Add("name", "A name of 1 to 200 characters on one line is required.");
        }

        return trimmed;
    }

    /// <summary>
    /// The choices after a create or change, in the order sent: keys are unique tokens, and every choice already defined
    /// stays (with its archived state; its label may change) because contacts hold its key.
    /// </summary>
    private static List<CriterionChoice> Choices(IReadOnlyList<CriterionChoiceRequest>? requested, IReadOnlyList<CriterionChoice> existing, ValidationErrors errors)
    {
        var choices = new List<CriterionChoice>();
        foreach (var (choice, index) in (requested ?? []).Select((c, i) => (c, i)))
        {
            var key = choice?.Key?.Trim() ?? string.Empty;
            var label = choice?.Label?.Trim() ?? string.Empty;
            if (!ChoiceKeyShape().IsMatch(key))
            {
                errors.Add($"choices[{index}].key", "A choice key of 1 to 50 lower-case letters, digits, '-' or '_' is required, e.g. \"energy\".");
            }
            else if (choices.Exists(c => c.Key == key))
            {
                errors.Add($"choices[{index}].key", $"The choice '{key}' is listed twice.");
            }

            if (label.Length is 0 or > 200 || label.Any(char.IsControl))
            {
                errors.Add($"choices[{index}].label", "A label of 1 to 200 characters on one line is required.");
            }

            choices.Add(new CriterionChoice(key, label, existing.FirstOrDefault(e => e.Key == key)?.IsArchived ?? false));
        }

        if (choices.Count is 0 or > MaxChoices)
        {
            errors.Add("choices", $"A criterion needs 1 to {MaxChoices} choices.");
        }

        var dropped = existing.Where(e => !choices.Exists(c => c.Key == e.Key)).Select(e => e.Key).ToList();
        if (dropped.Count > 0)
        {
            errors.Add("choices", $"Choices cannot be removed, because contacts may hold them: keep {string.Join(", ", dropped)} (archive them instead).");
        }

        return choices;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,49}$")]
    private static partial Regex KeyShape();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,49}$")]
    private static partial Regex ChoiceKeyShape();
}
