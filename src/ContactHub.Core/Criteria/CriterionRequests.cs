using ContactHub.CustomFields;

namespace ContactHub.Criteria;

/// <summary>Create (all that applies) or merge-patch (name, sortOrder, choices) a criterion.</summary>
public sealed record CriterionRequest
{
    public string? Key { get; init; }
    public string? Name { get; init; }
    public CustomFieldTarget? AppliesTo { get; init; }
    public bool? Multiple { get; init; }
    /// <summary>The choices in display order; on a change every existing key must stay (labels may change, new keys are added).</summary>
    public IReadOnlyList<CriterionChoiceRequest>? Choices { get; init; }
    public int? SortOrder { get; init; }
}

public sealed record CriterionChoiceRequest(string? Key, string? Label);

/// <summary>A new order of a criterion's choices: every key once.</summary>
public sealed record CriterionOrderRequest(IReadOnlyList<string>? Keys);

/// <summary>A criterion as the definition API returns it.</summary>
public sealed record CriterionView(
    Guid Id, string Key, string Name, CustomFieldTarget AppliesTo, bool Multiple, IReadOnlyList<CriterionChoice> Choices, int SortOrder, bool Archived)
{
    public static CriterionView From(Criterion c) => new(c.Id, c.Key, c.Name, c.AppliesTo, c.Multiple, c.ChoiceList, c.SortOrder, c.IsArchived);

    /// <summary>The label of <paramref name="choiceKey"/> (the key itself for one no longer defined).</summary>
    public string LabelOf(string choiceKey) => Choices.FirstOrDefault(c => c.Key == choiceKey)?.Label ?? choiceKey;
}
