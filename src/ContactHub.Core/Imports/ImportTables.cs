using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Consent;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Contacts.Uniqueness;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContactHub.Imports;

/// <summary>
/// Turns a batch of valid contacts into the rows of each table, parents first, plus one "created" audit entry per
/// entity built by <see cref="AuditTrail"/> itself — the same entries ContactService's save would write. Identity
/// documents are sealed here, as the data context seals them before a save.
/// </summary>
internal sealed class ImportTables(IModel model, ImportDefaults defaults, IdentityDocumentSealer sealer)
{
    private readonly BulkTable _contacts = BulkTable.Of<Contact>(model);
    private readonly BulkTable _emails = BulkTable.Of<ContactEmail>(model);
    private readonly BulkTable _phones = BulkTable.Of<ContactPhone>(model);
    private readonly BulkTable _addresses = BulkTable.Of<ContactAddress>(model);
    private readonly BulkTable _categories = BulkTable.Of<ContactCategory>(model);
    private readonly BulkTable _accessibilityNeeds = BulkTable.Of<ContactAccessibilityNeed>(model);
    private readonly BulkTable _keys = BulkTable.Of<ContactUniqueKey>(model);
    private readonly BulkTable _searchKeys = BulkTable.Of<Contacts.Search.ContactSearchKey>(model);
    private readonly BulkTable _consents = BulkTable.Of<ConsentEvent>(model);
    private readonly BulkTable _consentStates = BulkTable.Of<ConsentState>(model);
    private readonly BulkTable _audit = BulkTable.Of<AuditEntry>(model);
    private readonly BulkTable _customValues = BulkTable.Of<CustomFields.ContactCustomValue>(model);
    private readonly BulkTable _criterionValues = BulkTable.Of<Criteria.ContactCriterionValue>(model);

    public IEnumerable<string> Names => new[] { _contacts, _emails, _phones, _addresses, _categories, _accessibilityNeeds, _keys, _searchKeys, _consents, _consentStates, _customValues, _criterionValues, _audit }.Select(t => t.Name);

    public IReadOnlyList<BulkRows> RowsOf(IEnumerable<ImportRow> rows, Caller caller)
    {
        var tables = new[] { _contacts, _emails, _phones, _addresses, _categories, _accessibilityNeeds, _keys, _searchKeys, _consents, _consentStates, _customValues, _criterionValues };
        var entities = tables.ToDictionary(t => t, _ => new List<object>());
        var audit = new List<object>();
        foreach (var row in rows)
        {
            var contact = row.Contact;
            sealer.SealPending(contact);
            Add(_contacts, [contact]);
            // After the contact's "created" entry: a raise by a privacy-level rule is the rule's own entry, as on a save.
            if (Definitions.PrivacyLevels.PrivacyLevelAssignment.Apply(defaults.PrivacyLevels, contact, model, caller, row.CreatedAt, new Common.ValidationErrors()) is { } raised)
            {
                audit.Add(raised);
            }

            Add(_emails, contact.Emails);
            Add(_phones, contact.Phones);
            Add(_addresses, contact.Addresses);
            Add(_categories, contact.Categories);
            Add(_accessibilityNeeds, contact.AccessibilityNeeds);
            Add(_keys, defaults.KeysOf(contact));
            Add(_searchKeys, Contacts.Search.SearchKeys.For(contact));
            var consents = defaults.ConsentsOf(contact, caller, row.CreatedAt);
            Add(_consents, consents);
            Add(_consentStates, consents.Select(e => new ConsentState(e)));
            Add(_customValues, contact.CustomValues);
            Add(_criterionValues, contact.CriterionValues);

            void Add(BulkTable table, IEnumerable<object> items)
            {
                foreach (var item in items)
                {
                    entities[table].Add(item);
                    if (AuditTrail.Created(table.EntityType, item, caller, row.CreatedAt) is { } entry)
                    {
                        audit.Add(entry);
                    }
                }
            }
        }

        return [.. tables.Select(t => new BulkRows(t, entities[t])), new BulkRows(_audit, audit)];
    }
}
