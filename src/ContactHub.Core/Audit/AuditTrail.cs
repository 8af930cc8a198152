using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Contacts.CompanyLinks;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Relations;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Data;
using ContactHub.Data.Saving;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContactHub.Audit;

/// <summary>
/// The one audit mechanism: just before the data context saves, every added, changed or deleted contact or
/// contact part becomes an <see cref="AuditEntry"/> in the same unit of work, and each touched contact gets a
/// new version. A save step (<see cref="SaveSteps"/>): every path (API, UI, runs) saves through the data context,
/// so none can skip it; the bulk import builds its entries with the same <see cref="Created"/>.
/// </summary>
internal sealed class AuditTrail : ISaveStep
{
    // Bookkeeping columns: they change with every write and say nothing a reader of the history needs.
    private static readonly HashSet<string> Unrecorded =
        [nameof(Contact.Id), nameof(Contact.OrganisationId), nameof(ContactPoint.ContactId), nameof(Contact.Version),
         nameof(Contact.CreatedAt), nameof(Contact.UpdatedAt), nameof(Contact.NameKey), nameof(ContactPhone.ReversedDigits), nameof(Definitions.ContactDefinition.SealedUniquenessKey)];

    public Task BeforeSaveAsync(AppDbContext db, CancellationToken ct)
    {
        Record(db, db.Caller, db.Now);
        return Task.CompletedTask;
    }

    private static void Record(DbContext db, Caller caller, DateTime now)
    {
        db.ChangeTracker.DetectChanges();
        var touched = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            GuardTenancy(entry, caller);
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            if (EntryFor(entry.Entity, action, ValuesOf(entry), caller, now) is not { } audit)
            {
                continue;
            }

            db.Add(audit);
            if (audit.ContactId is { } contactId)
            {
                touched.Add(contactId);
            }
        }

        foreach (var contact in db.ChangeTracker.Entries<Contact>().Where(e => touched.Contains(e.Entity.Id)))
        {
            if (contact.State is EntityState.Unchanged or EntityState.Modified)
            {
                contact.Entity.Touch(now);
            }
        }
    }

    private static (Guid? ContactId, string Type, string Id)? Describe(object entity) => entity switch
    {
        Contact c => (c.Id, "contact", c.Id.ToString()),
        ContactEmail e => (e.ContactId, "email", e.Id.ToString()),
        ContactPhone p => (p.ContactId, "phone", p.Id.ToString()),
        ContactAddress a => (a.ContactId, "address", a.Id.ToString()),
        ContactCategory c => (c.ContactId, "category", c.Name),
        ContactAccessibilityNeed n => (n.ContactId, "accessibilityNeed", n.Need),
        ContactRelation r => (r.ContactId, "relation", r.Id.ToString()),
        CompanyLink l => (l.PersonId, "companyLink", l.Id.ToString()),
        ContactPhoto p => (p.ContactId, "photo", p.ContactId.ToString()),
        ConsentEvent e => (e.ContactId, "consent", e.Id.ToString()),
        ReachabilityOverride o => (o.ContactId, "reachabilityOverride", o.Id.ToString()),
        // The contact definition is audited like a contact, without a contact.
        Definitions.ContactDefinition d => (null, "definition", d.OrganisationId.ToString()),
        ConsentPurpose p => (null, "consentPurpose", p.Key),
        ConsentText t => (null, "consentText", t.Id.ToString()),
        NotificationType t => (null, "notificationType", t.Key),
        Definitions.Lists.DefinitionListItem i => (null, "listEntry", $"{Definitions.Lists.ListDefinitionService.PathName(i.List)}/{i.Key}"),
        NameDays.NameDayRule r => (null, "nameDayRule", r.Date),
        CustomFields.ContactCustomValue v => (v.ContactId, "customField", v.FieldKey),
        CustomFields.CustomFieldDefinition d => (null, "customFieldDefinition", d.Key),
        Criteria.ContactCriterionValue v => (v.ContactId, "criterion", v.CriterionKey),
        Criteria.Criterion c => (null, "criterionDefinition", c.Key),
        // An interaction is recorded once for itself and once in the history of each of its contacts.
        Interactions.Interaction i => (null, "interaction", i.Id.ToString()),
        Interactions.InteractionContact c => (c.ContactId, "interaction", c.InteractionId.ToString()),
        _ => null,
    };

    /// <summary>
    /// The one entry builder: the audit entry for one entity and its (field, old, new) values, or null when the
    /// entity is not audited or an update changed nothing worth recording. <see cref="Record"/> feeds it from the
    /// change tracker; the bulk import (<see cref="Created"/>) from the model, so both write the same format.
    /// </summary>
    internal static AuditEntry? EntryFor(object entity, AuditAction action, IEnumerable<(IProperty Property, object? Old, object? New)> values, Caller caller, DateTime now)
    {
        if (Describe(entity) is not { } subject)
        {
            return null;
        }

        // Written straight to UTF-8: the import writes one entry per contact part, and building a JSON tree of every
        // field first (then serializing it) made the audit the largest allocator of the import.
        var buffer = ChangesBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var changes = 0;
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var (property, old, @new) in values)
            {
                if (FieldName(entity, property) is not { } field || property.IsShadowProperty() || Equals(old, @new))
                {
                    continue;
                }

                var isSealed = entity is Contact && Contact.SealedFields.ContainsKey(property.Name);
                json.WriteStartObject();
                json.WriteString("field", field);
                json.WritePropertyName("old");
                WriteValue(json, old, isSealed);
                json.WritePropertyName("new");
                WriteValue(json, @new, isSealed);
                json.WriteEndObject();
                changes++;
            }

            json.WriteEndArray();
        }

        if (action == AuditAction.Updated && changes == 0)
        {
            return null;
        }

        var organisationId = ((IOrganisationOwned)entity).OrganisationId;
        return new AuditEntry(organisationId, subject.ContactId, subject.Type, subject.Id, action, caller, now, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    // One buffer per thread for the entry being written; its text is copied out before the next one starts.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? ChangesBuffer;

    // A custom value is recorded as the one field it is of the contact, "customFields.<key>" (its canonical text old → new);
    // its typed copies and keys are bookkeeping.
    private static string? FieldName(object entity, IProperty property) => entity switch
    {
        CustomFields.ContactCustomValue v => property.Name == nameof(CustomFields.ContactCustomValue.Value) ? CustomFields.CustomFieldSet.Prefix + v.FieldKey : null,
        // A criterion value is one choice added or removed; the criterion is the entry's id.
        Criteria.ContactCriterionValue => property.Name == nameof(Criteria.ContactCriterionValue.ChoiceKey) ? "choice" : null,
        Contact when Contact.SealedFields.TryGetValue(property.Name, out var sealedField) => sealedField,
        _ when Unrecorded.Contains(property.Name) => null,
        _ => CamelCase(property.Name),
    };

    /// <summary>The "created" entry of an entity that is written without the change tracker (bulk import).</summary>
    internal static AuditEntry? Created(IEntityType entityType, object entity, Caller caller, DateTime now) =>
        EntryFor(entity, AuditAction.Created, entityType.GetProperties().Select(p => (p, (object?)null, p.GetGetter().GetClrValueUsingContainingEntity(entity))), caller, now);

    private static IEnumerable<(IProperty Property, object? Old, object? New)> ValuesOf(EntityEntry entry) =>
        entry.Properties
            .Where(p => entry.State != EntityState.Modified || p.IsModified)
            .Select(p => entry.State switch
            {
                EntityState.Added => (p.Metadata, (object?)null, p.CurrentValue),
                EntityState.Deleted => (p.Metadata, p.OriginalValue, (object?)null),
                _ => (p.Metadata, p.OriginalValue, p.CurrentValue),
            });

    // An identity document is in the history as present or absent: the log must not become a copy of it in clear text.
    private static void WriteValue(Utf8JsonWriter json, object? value, bool isSealed)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case not null when isSealed:
                json.WriteStringValue(IdentityDocumentMask.Masked);
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case byte[] bytes:
                json.WriteStringValue($"({bytes.Length} bytes)");
                break;
            case Enum e:
                json.WriteStringValue(CamelCase(e.ToString()));
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType());
                break;
        }
    }

    // Field and enum names are few; converting them for every entry allocated a string each time.
    private static readonly ConcurrentDictionary<string, string> CamelCaseNames = new(StringComparer.Ordinal);

    private static string CamelCase(string name) => CamelCaseNames.GetOrAdd(name, JsonNamingPolicy.CamelCase.ConvertName);

    // A second line of defence behind the query filters: nothing is written for another organisation,
    // and the audit trail itself is append-only.
    private static void GuardTenancy(EntityEntry entry, Caller caller)
    {
        // Inserts, changes and deletions alike, by the row's organisation now and as it was loaded: a row of another
        // organisation is neither written, changed, deleted nor moved into or out of the caller's.
        if (entry.State is (EntityState.Added or EntityState.Modified or EntityState.Deleted) && entry.Entity is IOrganisationOwned owned
            && caller.OrganisationId is { } organisationId
            && (owned.OrganisationId != organisationId
                || (entry.State != EntityState.Added && !Equals(entry.Property(nameof(IOrganisationOwned.OrganisationId)).OriginalValue, organisationId))))
        {
            throw new InvalidOperationException("Refusing to write a row of another organisation.");
        }

        if (entry.Entity is AuditEntry or ConsentEvent && entry.State is (EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries and consent evidence are append-only.");
        }
    }
}
