using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Contacts.Uniqueness;
using ContactHub.Data;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Imports;

/// <summary>
/// What the organisation's definition adds to every imported contact, read once per import: the channel defaults
/// (passed to <see cref="Contact.TryCreate"/>), the unique keys of its uniqueness rules and the consent events of
/// its authorisation settings — the same a contact created through the API gets on save.
/// </summary>
internal sealed class ImportDefaults
{
    private readonly List<(Guid PurposeId, Guid TextId)> _grantedByDefault;

    private ImportDefaults(ContactDefinition? definition, UniqueKeyHasher hasher, List<(Guid PurposeId, Guid TextId)> grantedByDefault)
    {
        Definition = definition;
        Hasher = hasher;
        _grantedByDefault = grantedByDefault;
    }

    public ContactDefinition? Definition { get; }

    public UniqueKeyHasher Hasher { get; }

    public static async Task<ImportDefaults> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var definition = await db.FindDefinitionAsync(ct);
        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().Where(p => p.GrantedByDefault).Select(p => p.Id).ToListAsync(ct);
        var granted = new List<(Guid, Guid)>();
        foreach (var purpose in purposes)
        {
            if (await ConsentTexts.CurrentAsync(db, purpose, null, ct) is { } text)
            {
                granted.Add((purpose, text.Id));
            }
        }

        return new ImportDefaults(definition, UniqueKeyHasher.For(definition, db.Sealer), granted);
    }

    public UniquenessRules RulesFor(ContactKind kind) =>
        Definition is null ? UniquenessRules.None : kind == ContactKind.Person ? Definition.PersonRules : Definition.CompanyRules;

    public IEnumerable<ContactUniqueKey> KeysOf(Contact contact) =>
        UniqueKeys.Compute(contact, RulesFor(contact.Kind), Hasher).Select(k => new ContactUniqueKey(contact.OrganisationId, k.Rule, k.Value, contact.Id));

    public List<ConsentEvent> ConsentsOf(Contact contact, Caller caller, DateTime now) =>
        [.. _grantedByDefault.Select(g => new ConsentEvent(contact.OrganisationId, contact.Id, g.PurposeId, null, true, now, caller, "definition-default", g.TextId, null, null, now))];
}
