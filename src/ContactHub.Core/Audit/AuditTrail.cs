using System.Text.Json;
using System.Text.Json.Nodes;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Contacts.CompanyLinks;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Relations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ContactHub.Audit;

/// <summary>
/// The one audit mechanism: just before the data context saves, every added, changed or deleted contact or
/// contact part becomes an <see cref="AuditEntry"/> in the same unit of work, and each touched contact gets a
/// new version. Every path (API, UI, imports, runs) saves through the data context, so none can skip it.
/// </summary>
internal static class AuditTrail
{
    // Bookkeeping columns: they change with every write and say nothing a reader of the history needs.
    private static readonly HashSet<string> Unrecorded =
        [nameof(Contact.Id), nameof(Contact.OrganisationId), nameof(ContactPoint.ContactId), nameof(Contact.Version),
         nameof(Contact.CreatedAt), nameof(Contact.UpdatedAt), nameof(Contact.NameKey), nameof(Contact.DisplayName)];

    public static void Record(DbContext db, Caller caller, DateTime now)
    {
        db.ChangeTracker.DetectChanges();
        var touched = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            GuardTenancy(entry, caller);
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || Describe(entry.Entity) is not { } subject)
            {
                continue;
            }

            var changes = ChangesOf(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var organisationId = ((IOrganisationOwned)entry.Entity).OrganisationId;
            db.Add(new AuditEntry(organisationId, subject.ContactId, subject.Type, subject.Id, action, caller, now, changes.ToJsonString()));
            if (subject.ContactId is { } contactId)
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
        _ => null,
    };

    private static JsonArray ChangesOf(EntityEntry entry)
    {
        var changes = new JsonArray();
        foreach (var property in entry.Properties.Where(p => !Unrecorded.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty()))
        {
            var (old, @new) = entry.State switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => (property.OriginalValue, property.CurrentValue),
            };
            if (Equals(old, @new) || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }

            changes.Add(new JsonObject
            {
                ["field"] = JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name),
                ["old"] = ValueOf(old),
                ["new"] = ValueOf(@new),
            });
        }

        return changes;
    }

    private static JsonNode? ValueOf(object? value) => value switch
    {
        null => null,
        byte[] bytes => JsonValue.Create($"({bytes.Length} bytes)"),
        Enum e => JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(e.ToString())),
        _ => JsonSerializer.SerializeToNode(value),
    };

    // A second line of defence behind the query filters: nothing is written for another organisation,
    // and the audit trail itself is append-only.
    private static void GuardTenancy(EntityEntry entry, Caller caller)
    {
        if (entry.Entity is AuditEntry or ConsentEvent && entry.State is (EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries and consent evidence are append-only.");
        }

        if (entry.State == EntityState.Added && entry.Entity is IOrganisationOwned owned
            && caller.OrganisationId is { } organisationId && owned.OrganisationId != organisationId)
        {
            throw new InvalidOperationException("Refusing to write a row of another organisation.");
        }
    }
}
