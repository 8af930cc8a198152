using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;

namespace ContactHub.Criteria;

/// <summary>One "criterion.&lt;key&gt;=&lt;choice&gt;" condition of a contact list: the contact holds that choice.</summary>
public sealed record CriterionFilter(string Key, string Choice)
{
    public const string Prefix = "criterion.";

    /// <summary>The query parameter the filter came from; errors are reported under it.</summary>
    public string Parameter => Prefix + Key;

    /// <summary>Reads "criterion.sector-interest" → (sector-interest, value); null when the name is no criterion filter.</summary>
    public static CriterionFilter? FromParameter(string name, string value) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) ? new CriterionFilter(name[Prefix.Length..], value.Trim()) : null;
}

/// <summary>Turns criterion filters into conditions on the value table: one indexed (criterion, choice) lookup each.</summary>
internal static class CriterionFilters
{
    public static IQueryable<Contact> Apply(IQueryable<Contact> contacts, AppDbContext db, CriterionSet criteria, IEnumerable<CriterionFilter> filters)
    {
        var errors = new ValidationErrors();
        foreach (var filter in filters)
        {
            if (criteria.Find(filter.Key) is not { IsArchived: false } criterion)
            {
                errors.Add(filter.Parameter, "Unknown criterion.");
                continue;
            }

            // Archived choices still filter: contacts keep them.
            if (!criterion.ChoiceList.Any(c => c.Key == filter.Choice))
            {
                errors.Add(filter.Parameter, $"'{filter.Choice}' is not a choice of this criterion.");
                continue;
            }

            var id = criterion.Id;
            var choice = filter.Choice;
            var values = db.Set<ContactCriterionValue>().Where(v => v.CriterionId == id && v.ChoiceKey == choice);
            contacts = contacts.Where(c => values.Any(v => v.ContactId == c.Id));
        }

        errors.ThrowIfAny();
        return contacts;
    }
}
