using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.Uniqueness;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Definitions;

public sealed record UniquenessRequest(IReadOnlyList<IReadOnlyList<string>>? Persons, IReadOnlyList<IReadOnlyList<string>>? Companies);

public sealed record UniquenessView(IReadOnlyList<IReadOnlyList<string>> Persons, IReadOnlyList<IReadOnlyList<string>> Companies, int ContactsMissingFields);

/// <summary>Contacts of one rule group that share its values: only those the caller may see.</summary>
public sealed record UniquenessViolation(string Rule, IReadOnlyList<Guid> ContactIds);

/// <summary>
/// Reads and changes the uniqueness rules. A change is checked against every existing contact first: if any
/// now clash, nothing changes and the clashes are listed; otherwise every contact's unique keys are rebuilt.
/// A rule holds for the whole organisation, so contacts above the caller's clearance are checked too, but they
/// are neither named nor counted (they do not exist for the caller): the refusal says only that some are involved.
/// </summary>
public sealed class UniquenessDefinitionService(AppDbContext db, Access.CallerContext caller)
{
    public const int MaxViolationsListed = 100;

    public async Task<UniquenessView> GetAsync(CancellationToken ct)
    {
        var definition = await DefinitionAsync(ct);
        return new UniquenessView(definition.PersonRules.Groups, definition.CompanyRules.Groups, 0);
    }

    public async Task<UniquenessView> SetAsync(UniquenessRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var persons = UniquenessRules.Parse(request.Persons, ContactKind.Person, "persons", errors);
        var companies = UniquenessRules.Parse(request.Companies, ContactKind.Company, "companies", errors);
        errors.ThrowIfAny();

        // Every key is rewritten below, so this is where a definition from before the secret gets one.
        var sealedKey = (await DefinitionAsync(ct)).SealedUniquenessKey ?? ContactDefinition.NewUniquenessKey(db.Sealer);
        var hasher = UniqueKeyHasher.For(sealedKey, db.Sealer);
        var keys = new Dictionary<(string Rule, string Value), List<Guid>>();
        var missing = 0;
        var clearance = caller.Current.Clearance;
        var hidden = new HashSet<Guid>();
        await foreach (var loaded in db.Contacts.Bypassing(FilterBypass.WholeOrganisation).Where(c => c.OrganisationId == caller.RequireOrganisation())
            .Include(c => c.Emails).Include(c => c.Phones).AsNoTracking().AsSplitQuery().AsAsyncEnumerable().WithCancellation(ct))
        {
            // A rule may hold an identity document, which the contact unseals only when the rule reads it.
            var contact = loaded.ReadableWith(db.Sealer);
            var rules = contact.Kind == ContactKind.Person ? persons : companies;
            if (contact.Confidentiality > clearance)
            {
                hidden.Add(contact.Id);
            }
            else
            {
                missing += UniqueKeys.MissingFields(contact, rules).Any() ? 1 : 0;
            }

            foreach (var key in UniqueKeys.Compute(contact, rules, hasher))
            {
                if (!keys.TryGetValue(key, out var ids))
                {
                    keys[key] = ids = [];
                }

                ids.Add(contact.Id);
            }
        }

        var clashes = keys.Where(k => k.Value.Count > 1).ToList();
        if (clashes.Count > 0)
        {
            var violations = clashes
                .Select(k => new UniquenessViolation(Describe(k.Key.Rule), [.. k.Value.Where(id => !hidden.Contains(id))]))
                .Where(v => v.ContactIds.Count > 0)
                .Take(MaxViolationsListed)
                .ToList();
            var beyondClearance = clashes.Exists(k => k.Value.Exists(hidden.Contains));
            throw new ConflictException(
                "uniqueness-violations",
                "Existing contacts break the new rule; merge or correct them first. Nothing was changed."
                    + (beyondClearance ? " Some of them are above your clearance; someone who may see them must correct those." : string.Empty),
                new Dictionary<string, object?> { ["violations"] = violations, ["contactsBeyondClearance"] = beyondClearance });
        }

        await db.Set<ContactUniqueKey>().ExecuteDeleteAsync(ct);
        var organisationId = caller.RequireOrganisation();
        foreach (var batch in keys.Chunk(5000))
        {
            db.AddRange(batch.Select(k => new ContactUniqueKey(organisationId, k.Key.Rule, k.Key.Value, k.Value[0])));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        var definition = await DefinitionAsync(ct);
        definition.SetUniqueness(persons, companies, sealedKey);
        await db.SaveChangesAsync(ct);
        return new UniquenessView(persons.Groups, companies.Groups, missing);
    }

    // "person:idNumber+lastName" → "person: (idNumber AND lastName)"
    private static string Describe(string rule)
    {
        var parts = rule.Split(':', 2);
        return $"{parts[0]}: {UniquenessRules.Describe(parts[1].Split('+'))}";
    }

    private async Task<ContactDefinition> DefinitionAsync(CancellationToken ct) =>
        await db.Set<ContactDefinition>().FirstOrDefaultAsync(ct) ?? throw new NotFoundException("The contact definition");
}
