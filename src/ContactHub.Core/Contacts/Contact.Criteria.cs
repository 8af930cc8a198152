using ContactHub.Criteria;

namespace ContactHub.Contacts;

/// <summary>The contact's choices of its organisation's criteria; validated by <see cref="CriterionSet"/> before they are set.</summary>
public sealed partial class Contact
{
    private readonly List<ContactCriterionValue> _criterionValues = [];

    public IReadOnlyList<ContactCriterionValue> CriterionValues => _criterionValues;

    /// <summary>Replaces the criterion's choices by <paramref name="choiceKeys"/>: kept rows stay (no audit noise), others come and go.</summary>
    internal void SetCriterion(Criterion criterion, IReadOnlyCollection<string> choiceKeys)
    {
        _criterionValues.RemoveAll(v => v.CriterionId == criterion.Id && !choiceKeys.Contains(v.ChoiceKey));
        foreach (var key in choiceKeys.Where(k => !_criterionValues.Exists(v => v.CriterionId == criterion.Id && v.ChoiceKey == k)))
        {
            _criterionValues.Add(new ContactCriterionValue(OrganisationId, Id, criterion, key));
        }
    }
}
