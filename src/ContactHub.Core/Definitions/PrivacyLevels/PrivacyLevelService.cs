using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using ContactHub.Definitions.Lists;

namespace ContactHub.Definitions.PrivacyLevels;

/// <summary>One rule as sent: a category and/or a kind, and the level it requires. An id keeps a rule's identity across a replace.</summary>
public sealed record PrivacyLevelRuleRequest(Guid? Id, string? Category, ContactKind? Kind, Clearance? Level);

public sealed record PrivacyLevelsRequest(IReadOnlyList<PrivacyLevelRuleRequest>? Rules);

public sealed record PrivacyLevelsView(IReadOnlyList<PrivacyLevelRule> Rules);

/// <summary>
/// The definition's privacy-level rules (GET/PUT /definition/privacy-levels and the admin page): replaced as a whole.
/// They apply to contacts created, changed or imported from then on (<see cref="PrivacyLevelAssignment"/>).
/// </summary>
public sealed class PrivacyLevelService(AppDbContext db)
{
    public async Task<PrivacyLevelsView> GetAsync(CancellationToken ct) =>
        new((await db.FindDefinitionAsync(ct) ?? throw new NotFoundException("The contact definition")).PrivacyLevelRules.All);

    public async Task<PrivacyLevelsView> ReplaceAsync(PrivacyLevelsRequest request, CancellationToken ct)
    {
        var definition = await db.RequireDefinitionAsync(ct);
        var errors = new ValidationErrors();
        if (request.Rules is null)
        {
            errors.Add("rules", "List the rules (may be empty).");
        }

        var rules = (request.Rules ?? []).Select((r, i) => Parse(r, $"rules[{i}]", definition.Lists, errors)).ToList();
        errors.ThrowIfAny();
        definition.SetPrivacyLevels(new PrivacyLevelRules(rules));
        await db.SaveChangesAsync(ct);
        return new(rules);
    }

    private static PrivacyLevelRule Parse(PrivacyLevelRuleRequest? rule, string path, DefinitionLists lists, ValidationErrors errors)
    {
        if (rule is null)
        {
            errors.Add(path, "A rule is an object: {\"category\": \"VIP\", \"level\": \"confidential\"}.");
            return new(Guid.Empty, null, null, Clearance.Free);
        }

        var category = string.IsNullOrWhiteSpace(rule.Category) ? null : lists.Choose(DefinitionList.Categories, rule.Category, $"{path}.category", errors);
        if (string.IsNullOrWhiteSpace(rule.Category) && rule.Kind is null)
        {
            errors.Add($"{path}.category", "Name a category, a kind, or both.");
        }

        if (rule.Level is not ({ } level and > Clearance.Free))
        {
            errors.Add($"{path}.level", "Choose the level the rule sets: restricted or confidential.");
        }

        return new(rule.Id is { } id && id != Guid.Empty ? id : Ids.New(), category, rule.Kind, rule.Level ?? Clearance.Free);
    }
}
