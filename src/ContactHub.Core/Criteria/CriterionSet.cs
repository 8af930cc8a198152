using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Criteria;

/// <summary>
/// The organisation's criteria as one request sees them: validates and applies a contact's "criteria" (the one place
/// that knows a criterion's rules) and turns stored values into the view. Errors are named "criteria.&lt;key&gt;".
/// </summary>
public sealed class CriterionSet
{
    public const string Prefix = "criteria.";

    private readonly Dictionary<string, Criterion> _byKey;

    public CriterionSet(IEnumerable<Criterion> criteria)
    {
        _byKey = criteria.ToDictionary(c => c.Key, StringComparer.Ordinal);
        Active = [.. _byKey.Values.Where(c => !c.IsArchived).OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The criteria in use, in display order.</summary>
    public IReadOnlyList<Criterion> Active { get; }

    public static async Task<CriterionSet> LoadAsync(AppDbContext db, CancellationToken ct) =>
        new(await db.Set<Criterion>().AsNoTracking().ToListAsync(ct));

    public IEnumerable<Criterion> ActiveFor(ContactKind kind) => Active.Where(c => c.AppliesToKind(kind));

    public Criterion? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// Applies <paramref name="values"/> (key → choice keys; null or empty clears) to the contact. Only the keys sent
    /// change. A choice the contact holds already may stay though archived; a new one must be on offer.
    /// </summary>
    internal void Apply(Contact contact, IReadOnlyDictionary<string, IReadOnlyList<string>?>? values, ValidationErrors errors)
    {
        foreach (var (key, chosen) in values ?? new Dictionary<string, IReadOnlyList<string>?>())
        {
            var name = Prefix + key;
            switch (Find(key))
            {
                case null:
                    errors.Add(name, "Unknown criterion.");
                    break;
                case { IsArchived: true }:
                    errors.Add(name, "This criterion is archived.");
                    break;
                case var criterion when !criterion.AppliesToKind(contact.Kind):
                    errors.Add(name, criterion.AppliesTo == CustomFieldTarget.Persons ? "Only a person has this criterion." : "Only a company has this criterion.");
                    break;
                case var criterion:
                    Set(contact, criterion, chosen ?? [], name, errors);
                    break;
            }
        }
    }

    /// <summary>The contact's choices of active criteria, by criterion key, in the criterion's choice order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ViewOf(IEnumerable<ContactCriterionValue> values)
    {
        var held = values.GroupBy(v => v.CriterionId).ToDictionary(g => g.Key, g => g.Select(v => v.ChoiceKey).ToHashSet(StringComparer.Ordinal));
        var view = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var criterion in Active)
        {
            if (held.TryGetValue(criterion.Id, out var keys))
            {
                var ordered = criterion.ChoiceList.Select(c => c.Key).Where(keys.Contains).ToList();
                view[criterion.Key] = [.. ordered, .. keys.Except(ordered).Order(StringComparer.Ordinal)];
            }
        }

        return view;
    }

    private static void Set(Contact contact, Criterion criterion, IReadOnlyList<string> chosen, string name, ValidationErrors errors)
    {
        var keys = chosen.Select(k => k?.Trim() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (!criterion.Multiple && keys.Count > 1)
        {
            errors.Add(name, "This criterion takes one choice only.");
            return;
        }

        var held = contact.CriterionValues.Where(v => v.CriterionId == criterion.Id).Select(v => v.ChoiceKey).ToHashSet(StringComparer.Ordinal);
        var choices = criterion.ChoiceList;
        var valid = true;
        foreach (var key in keys)
        {
            var choice = choices.FirstOrDefault(c => c.Key == key);
            if (choice is null)
            {
                errors.Add(name, $"'{key}' is not a choice of this criterion.");
                valid = false;
            }
            else if (choice.IsArchived && !held.Contains(key))
            {
                errors.Add(name, $"The choice '{key}' is archived.");
                valid = false;
            }
        }

        if (valid)
        {
            contact.SetCriterion(criterion, keys);
        }
    }
}
