using System.Collections.Concurrent;
using ContactHub.Common;
using ContactHub.Data;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContactHub.Contacts;

/// <summary>Loading contacts with their parts, shared by every contact service.</summary>
internal static class ContactStore
{
    /// <summary>Loads the contact with all its own rows, tracked for a change; 404 when it is not visible.</summary>
    public static async Task<Contact> LoadAsync(this AppDbContext db, Guid id, CancellationToken ct) =>
        (await WithParts(db.Contacts).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The contact")).ReadableWith(db.Sealer);

    /// <summary>Checks the caller's version (from If-Match) before a change.</summary>
    public static void EnsureVersion(this Contact contact, long? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != contact.Version)
        {
            throw new PreconditionFailedException(contact.Version);
        }
    }

    /// <summary>
    /// The contact's view in one round trip: its parts, everything the view shows beside them (inward relations,
    /// contact persons, photo, consent states, custom values) and the definition's stamp; the definition itself comes
    /// from <see cref="DefinitionSnapshots"/> (read again only after it changed). Names of linked contacts are a second
    /// query, only when there are links.
    /// </summary>
    public static async Task<ContactView> ViewAsync(this AppDbContext db, Guid id, CancellationToken ct, bool includeArchivedFields = false)
    {
        var row = await ViewRowById(db, id, ct) ?? throw new NotFoundException("The contact");
        row.Contact.ReadableWith(db.Sealer);
        return await ViewOfAsync(db, row, ct, includeArchivedFields);
    }

    /// <summary>The view of a contact just saved: the same one query (its parts as stored are then replaced by the ones in memory).</summary>
    public static async Task<ContactView> ViewAsync(this AppDbContext db, Contact contact, CancellationToken ct, bool includeArchivedFields = false)
    {
        var row = await ViewRowById(db, contact.Id, ct) ?? throw new NotFoundException("The contact");
        return await ViewOfAsync(db, row with { Contact = contact }, ct, includeArchivedFields);
    }

    private static async Task<ContactView> ViewOfAsync(AppDbContext db, ViewRow row, CancellationToken ct, bool includeArchivedFields)
    {
        var contact = row.Contact;
        var definition = await db.Definitions.GetAsync(db, row.DefinitionStamp, ct);
        var rules = definition.Rules;
        var others = contact.Relations.Select(r => r.RelatedContactId)
            .Concat(contact.CompanyLinks.Select(l => l.CompanyId))
            .Concat(row.Inward.Select(r => r.ContactId))
            .Concat(row.Persons.Select(l => l.PersonId))
            .Distinct()
            .ToList();
        // The other side of a link counts only when the caller may see that contact (clearance): the query filter drops it.
        var names = others.Count == 0
            ? new Dictionary<Guid, string>()
            : (await db.Contacts.AsNoTracking().Where(c => others.Contains(c.Id))
                .Select(c => new
                {
                    c.Id, c.Kind, c.FirstName, c.MiddleName, c.LastName, c.CompanyName,
                    Email = c.Emails.Where(e => e.IsActive).OrderBy(e => e.Id).Select(e => e.Address).FirstOrDefault(),
                    Phone = c.Phones.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.E164).FirstOrDefault(),
                }).ToListAsync(ct))
                .ToDictionary(c => c.Id, c => NameFormatter.Format(rules.NameOrder, c.Kind, c.FirstName, c.MiddleName, c.LastName, c.CompanyName, NameFormatter.Fallback(c.Email, c.Phone)));
        var inward = row.Inward.Where(r => names.ContainsKey(r.ContactId)).ToList();
        var persons = row.Persons.Where(l => names.ContainsKey(l.PersonId)).ToList();
        var consents = Consent.ConsentService.NamedStates(definition.Purposes, row.States);
        var today = DateOnly.FromDateTime(db.Now);
        return ContactView.From(contact, new ContactExtras(
            inward, persons, names, row.HasPhoto, consents, rules.NameOrder, today, rules.Completeness,
            definition.CustomFields.ViewOf(row.CustomValues, includeArchivedFields), db.Caller.MaySeeIdentityDocuments,
            definition.Criteria.ViewOf(row.CriterionValues)));
    }

    // Compiled once per model (SQLite's and PostgreSQL's differ, and a process may use both): the query is large, and EF
    // would otherwise hash and re-evaluate its expression tree on every read.
    private static readonly ConcurrentDictionary<IModel, Func<AppDbContext, Guid, CancellationToken, Task<ViewRow?>>> CompiledViewRows = new();

    private static Task<ViewRow?> ViewRowById(AppDbContext db, Guid id, CancellationToken ct) =>
        CompiledViewRows.GetOrAdd(db.Model, _ => CompileViewRow())(db, id, ct);

    // One round trip: a contact has a handful of entries per collection, so the joined rows stay few. The parts are
    // those of WithParts, written out: a compiled query cannot call a method that builds part of it.
    private static Func<AppDbContext, Guid, CancellationToken, Task<ViewRow?>> CompileViewRow() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid id, CancellationToken ct) => db.Contacts.AsNoTracking()
            .Include(c => c.Emails)
            .Include(c => c.Phones)
            .Include(c => c.Addresses)
            .Include(c => c.Categories)
            .Include(c => c.Relations)
            .Include(c => c.CompanyLinks)
            .Include(c => c.AccessibilityNeeds)
            .AsSingleQuery()
            .Where(c => c.Id == id)
            .Select(c => new ViewRow
            {
                Contact = c,
                DefinitionStamp = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.DefinitionStamp).FirstOrDefault(),
                HasPhoto = db.ContactPhotos.Any(p => p.ContactId == c.Id),
                Inward = db.ContactRelations.Where(r => r.RelatedContactId == c.Id).ToList(),
                Persons = db.CompanyLinks.Where(l => l.CompanyId == c.Id).ToList(),
                States = db.Set<Consent.ConsentState>().Where(s => s.ContactId == c.Id && s.Scope == Consent.ConsentState.AllChannels).ToList(),
                CustomValues = db.Set<CustomFields.ContactCustomValue>().Where(v => v.ContactId == c.Id).ToList(),
                CriterionValues = db.Set<Criteria.ContactCriterionValue>().Where(v => v.ContactId == c.Id).ToList(),
            })
            .FirstOrDefault());

    /// <summary>Loads the tracked contact's custom values before a change of them (kept out of the joined parts: a contact may have many).</summary>
    public static Task LoadCustomValuesAsync(this AppDbContext db, Contact contact, CancellationToken ct) =>
        db.Entry(contact).Collection(c => c.CustomValues).LoadAsync(ct);

    /// <summary>Loads the tracked contact's criterion values before a change of them.</summary>
    public static Task LoadCriterionValuesAsync(this AppDbContext db, Contact contact, CancellationToken ct) =>
        db.Entry(contact).Collection(c => c.CriterionValues).LoadAsync(ct);

    /// <summary>The organisation's name and completeness rules in one read (the defaults when it has no definition yet).</summary>
    public static async Task<ReadRules> ReadRulesAsync(this AppDbContext db, CancellationToken ct)
    {
        var stored = await db.Set<Definitions.ContactDefinition>().Select(d => new { d.NameOrder, d.Completeness }).FirstOrDefaultAsync(ct);
        return stored is null
            ? new ReadRules(NameOrder.FirstMiddleLast, CompletenessRules.Default)
            : new ReadRules(stored.NameOrder, CompletenessRules.FromJson(stored.Completeness));
    }

    /// <summary>Contacts with all their own rows (for a change or a removal).</summary>
    internal static IQueryable<Contact> WithParts(IQueryable<Contact> contacts) => contacts
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

/// <summary>One contact with what its view shows beside its own parts, as one query returns it.</summary>
internal sealed record ViewRow
{
    public required Contact Contact { get; init; }
    public Guid DefinitionStamp { get; init; }
    public bool HasPhoto { get; init; }
    public required List<Relations.ContactRelation> Inward { get; init; }
    public required List<CompanyLinks.CompanyLink> Persons { get; init; }
    public required List<Consent.ConsentState> States { get; init; }
    public required List<CustomFields.ContactCustomValue> CustomValues { get; init; }
    public required List<Criteria.ContactCriterionValue> CriterionValues { get; init; }
}

/// <summary>What reading a contact needs from the definition: how to show its name and when it is complete.</summary>
internal sealed record ReadRules(NameOrder NameOrder, CompletenessRules Completeness);

