using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Data;
using ContactHub.Data.Saving;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Uniqueness;

/// <summary>
/// A save step (<see cref="SaveSteps"/>), so it runs for every path: for each contact added or changed (itself or an e-mail or
/// phone) it checks the rule's mandatory fields, reports a clash with an existing contact as a 409 naming the rule
/// and the ids the caller may see, and rewrites the contact's unique keys, whose primary key settles races. A contact
/// moved to the recycle bin gives its keys up; one restored from it is checked like a new one.
/// </summary>
internal sealed class UniquenessGuard : ISaveStep
{
    public async Task BeforeSaveAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var contacts = ChangedContacts(db);
        if (contacts.Count == 0)
        {
            return;
        }

        var definition = await db.Set<ContactDefinition>().AsNoTracking().FirstOrDefaultAsync(ct);
        if (definition is null || (definition.PersonRules.Groups.Count == 0 && definition.CompanyRules.Groups.Count == 0))
        {
            return;
        }

        var hasher = UniqueKeyHasher.For(definition, db.Sealer);
        var ids = contacts.Select(c => c.Id).ToList();
        var existing = await db.Set<ContactUniqueKey>().Where(k => ids.Contains(k.ContactId)).ToListAsync(ct);
        foreach (var contact in contacts)
        {
            if (contact.DeletedAt is not null)
            {
                // A contact in the recycle bin releases its keys: it no longer blocks a new contact, and its restore
                // computes them again here, refused when another contact took them meanwhile.
                db.RemoveRange(existing.Where(k => k.ContactId == contact.Id));
                continue;
            }

            var rules = contact.Kind == ContactKind.Person ? definition.PersonRules : definition.CompanyRules;
            var missing = UniqueKeys.MissingFields(contact, rules).ToList();
            if (missing.Count > 0)
            {
                var errors = new ValidationErrors();
                missing.ForEach(f => errors.Add(f is "email" or "phone" ? f + "s" : f, "Required by the organisation's uniqueness rule."));
                errors.ThrowIfAny();
            }

            var wanted = UniqueKeys.Compute(contact, rules, hasher).ToList();
            var mine = existing.Where(k => k.ContactId == contact.Id).ToList();
            db.RemoveRange(mine.Where(k => !wanted.Contains((k.Rule, k.Value))));
            var added = wanted.Where(w => !mine.Exists(k => k.Rule == w.Rule && k.Value == w.Value)).ToList();
            await RefuseDuplicatesAsync(db, contact, added, rules, ct);
            db.AddRange(added.Select(w => new ContactUniqueKey(contact.OrganisationId, w.Rule, w.Value, contact.Id)));
        }
    }

    /// <summary>
    /// The stored keys among <paramref name="keys"/>, found through the primary key (organisation, rule, value): the
    /// rules and the values each go as one parameter (a statement of thousands of parameters takes longer to prepare
    /// than to run), and the few rule-and-value combinations that match but were not asked for are dropped here.
    /// </summary>
    internal static async Task<List<ContactUniqueKey>> StoredAsync(AppDbContext db, IReadOnlyCollection<(string Rule, string Value)> keys, CancellationToken ct)
    {
        var rules = keys.Select(k => k.Rule).Distinct(StringComparer.Ordinal).ToList();
        var values = keys.Select(k => k.Value).ToList();
        var wanted = keys.ToHashSet();
        var found = await db.Set<ContactUniqueKey>().AsNoTracking()
            .Where(k => EF.Parameter(rules).Contains(k.Rule) && EF.Parameter(values).Contains(k.Value))
            .ToListAsync(ct);
        return found.FindAll(k => wanted.Contains((k.Rule, k.Value)));
    }

    private static async Task RefuseDuplicatesAsync(AppDbContext db, Contact contact, List<(string Rule, string Value)> keys, UniquenessRules rules, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var clashes = (await StoredAsync(db, keys, ct)).Where(k => k.ContactId != contact.Id).ToList();
        var clash = clashes.FirstOrDefault();
        if (clash is null)
        {
            return;
        }

        var group = rules.Groups.First(g => UniqueKeys.RuleName(contact.Kind, g) == clash.Rule);
        var others = clashes.Where(c => c.Rule == clash.Rule && c.Value == clash.Value).Select(c => c.ContactId).ToList();
        // Only the contacts the caller may see are named (clearance); the clash itself is still refused.
        var visible = await db.Contacts.AsNoTracking().Where(c => others.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        throw new ConflictException(
            "duplicate-contact",
            $"Another contact has the same {UniquenessRules.Describe(group)}, which the organisation's uniqueness rule does not allow.",
            new Dictionary<string, object?> { ["rule"] = UniquenessRules.Describe(group), ["existingContactIds"] = visible });
    }

    private static List<Contact> ChangedContacts(AppDbContext db)
    {
        var touched = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                Contact c => c.Id,
                ContactEmail m => m.ContactId,
                ContactPhone p => p.ContactId,
                _ => Guid.Empty,
            })
            .Where(id => id != Guid.Empty)
            .ToHashSet();
        return [.. db.ChangeTracker.Entries<Contact>()
            .Where(e => touched.Contains(e.Entity.Id) && e.State is EntityState.Added or EntityState.Modified or EntityState.Unchanged)
            .Select(e => e.Entity)];
    }
}
