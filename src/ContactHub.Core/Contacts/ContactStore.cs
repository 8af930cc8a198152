using ContactHub.Common;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts;

/// <summary>Loading contacts with their parts, shared by every contact service.</summary>
internal static class ContactStore
{
    /// <summary>Loads the contact with all its own rows, tracked for a change; 404 when it is not visible.</summary>
    public static async Task<Contact> LoadAsync(this AppDbContext db, Guid id, CancellationToken ct) =>
        await WithParts(db.Contacts).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The contact");

    /// <summary>Checks the caller's version (from If-Match) before a change.</summary>
    public static void EnsureVersion(this Contact contact, long? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != contact.Version)
        {
            throw new PreconditionFailedException(contact.Version);
        }
    }

    public static async Task<ContactView> ViewAsync(this AppDbContext db, Guid id, CancellationToken ct, bool includeArchivedFields = false)
    {
        var contact = await WithParts(db.Contacts.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("The contact");
        return await db.ViewAsync(contact, ct, includeArchivedFields);
    }

    public static async Task<ContactView> ViewAsync(this AppDbContext db, Contact contact, CancellationToken ct, bool includeArchivedFields = false)
    {
        // The other side of a link counts only when the caller may see that contact (clearance).
        var visible = db.Contacts.Select(c => c.Id);
        var inward = await db.ContactRelations.AsNoTracking().Where(r => r.RelatedContactId == contact.Id && visible.Contains(r.ContactId)).ToListAsync(ct);
        var persons = await db.CompanyLinks.AsNoTracking().Where(l => l.CompanyId == contact.Id && visible.Contains(l.PersonId)).ToListAsync(ct);
        var rules = await db.ReadRulesAsync(ct);
        var others = contact.Relations.Select(r => r.RelatedContactId)
            .Concat(contact.CompanyLinks.Select(l => l.CompanyId))
            .Concat(inward.Select(r => r.ContactId))
            .Concat(persons.Select(l => l.PersonId))
            .Distinct()
            .ToList();
        var names = others.Count == 0
            ? new Dictionary<Guid, string>()
            : (await db.Contacts.AsNoTracking().Where(c => others.Contains(c.Id))
                .Select(c => new { c.Id, c.Kind, c.FirstName, c.MiddleName, c.LastName, c.CompanyName }).ToListAsync(ct))
                .ToDictionary(c => c.Id, c => NameFormatter.Format(rules.NameOrder, c.Kind, c.FirstName, c.MiddleName, c.LastName, c.CompanyName));
        var hasPhoto = await db.ContactPhotos.AnyAsync(p => p.ContactId == contact.Id, ct);
        var consents = await Consent.ConsentService.NamedStatesAsync(db, contact.Id, ct);
        var today = DateOnly.FromDateTime(db.Now);
        var customFields = await CustomFields.CustomFieldSet.LoadAsync(db, ct);
        var customValues = await db.Set<CustomFields.ContactCustomValue>().AsNoTracking().Where(v => v.ContactId == contact.Id).ToListAsync(ct);
        return ContactView.From(contact, new ContactExtras(
            inward, persons, names, hasPhoto, consents, rules.NameOrder, today, rules.Completeness, customFields.ViewOf(customValues, includeArchivedFields),
            db.Caller.MaySeeIdentityDocuments));
    }

    /// <summary>Loads the tracked contact's custom values before a change of them (kept out of the joined parts: a contact may have many).</summary>
    public static Task LoadCustomValuesAsync(this AppDbContext db, Contact contact, CancellationToken ct) =>
        db.Entry(contact).Collection(c => c.CustomValues).LoadAsync(ct);

    /// <summary>The organisation's name and completeness rules in one read (the defaults when it has no definition yet).</summary>
    public static async Task<ReadRules> ReadRulesAsync(this AppDbContext db, CancellationToken ct)
    {
        var stored = await db.Set<Definitions.ContactDefinition>().Select(d => new { d.NameOrder, d.Completeness }).FirstOrDefaultAsync(ct);
        return stored is null
            ? new ReadRules(NameOrder.FirstMiddleLast, CompletenessRules.Default)
            : new ReadRules(stored.NameOrder, CompletenessRules.FromJson(stored.Completeness));
    }

    private static IQueryable<Contact> WithParts(IQueryable<Contact> contacts) => contacts
        .Include(c => c.Emails)
        .Include(c => c.Phones)
        .Include(c => c.Addresses)
        .Include(c => c.Categories)
        .Include(c => c.Relations)
        .Include(c => c.CompanyLinks)
        .Include(c => c.AccessibilityNeeds)
        // One round trip: a contact has a handful of entries per collection, so the joined rows stay few.
        .AsSingleQuery();
}

/// <summary>What reading a contact needs from the definition: how to show its name and when it is complete.</summary>
internal sealed record ReadRules(NameOrder NameOrder, CompletenessRules Completeness);
