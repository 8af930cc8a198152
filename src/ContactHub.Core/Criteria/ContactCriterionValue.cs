using ContactHub.Common;

namespace ContactHub.Criteria;

/// <summary>
/// One choice of one criterion held by one contact: a row per choice, so "criterion.&lt;key&gt;=&lt;choice&gt;" filters
/// (and segments built on them) are one indexed lookup.
/// </summary>
public sealed class ContactCriterionValue : IOrganisationOwned
{
    private ContactCriterionValue()
    {
        CriterionKey = string.Empty;
        ChoiceKey = string.Empty;
    }

    internal ContactCriterionValue(Guid organisationId, Guid contactId, Criterion criterion, string choiceKey)
    {
        OrganisationId = organisationId;
        ContactId = contactId;
        CriterionId = criterion.Id;
        CriterionKey = criterion.Key;
        ChoiceKey = choiceKey;
    }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid CriterionId { get; private set; }

    /// <summary>The criterion's key (immutable), kept here so the view and the audit trail name it without a lookup.</summary>
    public string CriterionKey { get; private set; }

    public string ChoiceKey { get; private set; }
}
