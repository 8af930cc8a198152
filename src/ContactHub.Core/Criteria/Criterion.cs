using System.Text.Json;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.CustomFields;

namespace ContactHub.Criteria;

/// <summary>
/// An admin-defined classification of contacts (seed 002's criteria), e.g. "sector of interest": for persons, companies
/// or both, with one or several of its managed choices per contact. <see cref="Key"/>, <see cref="AppliesTo"/> and
/// <see cref="Multiple"/> never change, so stored values keep their meaning. An archived choice stays on the contacts
/// that have it but is no longer offered; an archived criterion is neither shown nor accepted.
/// </summary>
public sealed class Criterion : IOrganisationOwned
{
    private Criterion()
    {
        Key = string.Empty;
        Name = string.Empty;
        Choices = "[]";
    }

    internal Criterion(Guid organisationId, string key, string name, CustomFieldTarget appliesTo, bool multiple, DateTime now)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Key = key;
        Name = name;
        AppliesTo = appliesTo;
        Multiple = multiple;
        Choices = "[]";
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The API name under "criteria" and in "criterion.&lt;key&gt;" filters, e.g. "sector-interest".</summary>
    public string Key { get; private set; }

    public string Name { get; private set; }

    public CustomFieldTarget AppliesTo { get; private set; }

    /// <summary>Whether a contact may hold several choices (else at most one).</summary>
    public bool Multiple { get; private set; }

    /// <summary>The choices as a JSON array of {key, label, isArchived}, in display order.</summary>
    public string Choices { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<CriterionChoice> ChoiceList =>
        JsonSerializer.Deserialize<List<CriterionChoice>>(Choices, JsonSerializerOptions.Web) ?? [];

    public bool AppliesToKind(ContactKind kind) =>
        AppliesTo == CustomFieldTarget.Both || (AppliesTo == CustomFieldTarget.Persons) == (kind == ContactKind.Person);

    internal void Rename(string name) => Name = name;

    internal void SetChoices(IEnumerable<CriterionChoice> choices) => Choices = JsonSerializer.Serialize(choices.ToList(), JsonSerializerOptions.Web);

    internal void SetSortOrder(int order) => SortOrder = order;

    internal void Archive() => IsArchived = true;

    internal void Restore() => IsArchived = false;
}

/// <summary>One choice of a criterion: its key is what contacts store, its label what people read.</summary>
public sealed record CriterionChoice(string Key, string Label, bool IsArchived = false);
