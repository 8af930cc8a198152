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
    private readonly List<(Guid PurposeId, List<ConsentText> Texts)> _grantedByDefault;

    private ImportDefaults(ContactDefinition? definition, UniqueKeyHasher hasher, List<(Guid PurposeId, List<ConsentText> Texts)> grantedByDefault)
    {
        Definition = definition;
        Hasher = hasher;
        _grantedByDefault = grantedByDefault;
        PrivacyLevels = definition?.PrivacyLevelRules ?? Definitions.PrivacyLevels.PrivacyLevelRules.None;
    }

    /// <summary>The privacy-level rules every imported contact is raised by, as a saved one is.</summary>
    public Definitions.PrivacyLevels.PrivacyLevelRules PrivacyLevels { get; }

    public ContactDefinition? Definition { get; }

    public UniqueKeyHasher Hasher { get; }

    public static async Task<ImportDefaults> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var definition = await db.FindDefinitionAsync(ct);
        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().Where(p => p.GrantedByDefault).Select(p => p.Id).ToListAsync(ct);
        // Every text of those purposes: each contact gets the wording in its language (ContactDefinition.LanguageOf).
        var texts = await db.Set<ConsentText>().AsNoTracking().Where(t => purposes.Contains(t.PurposeId)).ToListAsync(ct);
        var granted = purposes.Select(p => (p, texts.FindAll(t => t.PurposeId == p))).Where(g => g.Item2.Count > 0).ToList();

        return new ImportDefaults(definition, UniqueKeyHasher.For(definition, db.Sealer), granted);
    }

    public UniquenessRules RulesFor(ContactKind kind) =>
        Definition is null ? UniquenessRules.None : kind == ContactKind.Person ? Definition.PersonRules : Definition.CompanyRules;

    public IEnumerable<ContactUniqueKey> KeysOf(Contact contact) =>
        UniqueKeys.Compute(contact, RulesFor(contact.Kind), Hasher).Select(k => new ContactUniqueKey(contact.OrganisationId, k.Rule, k.Value, contact.Id));

    public List<ConsentEvent> ConsentsOf(Contact contact, Caller caller, DateTime now) =>
        [.. _grantedByDefault.Select(g => new ConsentEvent(contact.OrganisationId, contact.Id, g.PurposeId, null, true, now, caller, "definition-default",
            ConsentTexts.Choose(g.Texts, ContactDefinition.LanguageOf(contact, Definition))!.Id, null, null, now))];
}
