using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using ContactHub.Data.Saving;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContactHub.Definitions.PrivacyLevels;

/// <summary>
/// A save step (<see cref="SaveSteps"/>), so every path that saves a contact gets it: each contact added or changed (itself
/// or its categories) is raised to the level of the highest privacy-level rule it matches, never lowered. It runs after
/// the audit step, so the caller's own change is recorded as the caller's and the raise as its own entry, with the rule
/// as actor and source. The bulk import applies the same rules through <see cref="Apply"/>.
/// </summary>
internal sealed class PrivacyLevelAssignment : ISaveStep
{
    public async Task BeforeSaveAsync(AppDbContext db, CancellationToken ct)
    {
        var touched = db.ChangeTracker.Entries<ContactCategory>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted).Select(e => e.Entity.ContactId).ToHashSet();
        var contacts = db.ChangeTracker.Entries<Contact>()
            .Where(e => e.Entity.DeletedAt is null && (e.State is EntityState.Added or EntityState.Modified || touched.Contains(e.Entity.Id)))
            .Select(e => e.Entity).ToList();
        if (contacts.Count == 0)
        {
            return;
        }

        var json = await db.Set<ContactDefinition>().AsNoTracking().Select(d => d.PrivacyLevels).FirstOrDefaultAsync(ct);
        var rules = PrivacyLevelRules.FromJson(json);
        if (rules.All.Count == 0)
        {
            return;
        }

        var errors = new ValidationErrors();
        var entries = contacts.Select(c => Apply(rules, c, db.Model, db.Caller, db.Now, errors)).OfType<AuditEntry>().ToList();
        errors.ThrowIfAny();
        db.AddRange(entries);
    }

    /// <summary>
    /// Raises <paramref name="contact"/> to the level its rules require and returns the rule's audit entry, or null when no
    /// rule raises it. A level above the caller's clearance is refused: the contact would vanish for its own author.
    /// </summary>
    internal static AuditEntry? Apply(PrivacyLevelRules rules, Contact contact, IModel model, Caller caller, DateTime now, ValidationErrors errors)
    {
        if (rules.Raising(contact) is not { } rule)
        {
            return null;
        }

        if (rule.Level > caller.Clearance)
        {
            errors.Add("confidentiality", $"The organisation's privacy-level rule makes this contact {rule.Level}, above your clearance.");
            return null;
        }

        var old = contact.Confidentiality;
        contact.Confidentiality = rule.Level;
        var property = model.FindEntityType(typeof(Contact))!.FindProperty(nameof(Contact.Confidentiality))!;
        var ruleCaller = caller with { ActorKind = ActorKind.System, ActorId = null, ActorName = "privacy-level rule", Source = rule.Source };
        return AuditTrail.EntryFor(contact, AuditAction.Updated, [(property, old, contact.Confidentiality)], ruleCaller, now);
    }
}
