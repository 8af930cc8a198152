using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.CustomFields;
using ContactHub.Data;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts;

/// <summary>
/// Creating, reading, changing and deleting contacts — the rules every path (API, UI, imports) goes through. Lists are
/// <see cref="Listing.ContactListService"/>.
/// </summary>
public sealed class ContactService(AppDbContext db, CallerContext caller, TimeProvider clock)
{
    public async Task<ContactView> CreateAsync(ContactRequest request, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == caller.RequireOrganisation(), ct);
        var errors = new ValidationErrors();
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = await db.FindDefinitionAsync(ct);
        var customFields = await CustomFieldSet.LoadAsync(db, ct);
        var contact = Contact.TryCreate(organisation.Id, organisation.DefaultCountry, definition, caller.Current.Clearance, request, now, errors, customFields)
            ?? new Contact(organisation.Id, request.Kind ?? ContactKind.Person, now);
        (await Criteria.CriterionSet.LoadAsync(db, ct)).Apply(contact, request.Criteria, errors);
        // Checked with the fields, so one answer lists every error; nothing is added before all hold.
        var ticked = await ContactCreation.ConsentsAsync(db, contact, request.Consents, now, errors, ct);
        await ContactCreation.ConnectAsync(db, contact, request.Companies, now, errors, ct);
        errors.ThrowIfAny();

        db.Contacts.Add(contact);
        await ConsentDefaults.ApplyConsentsAsync(db, contact, definition, now, ct, except: [.. ticked.Select(e => e.PurposeId)]);
        db.AddRange(ticked);
        db.AddRange(ticked.Select(e => new ConsentState(e)));
        await db.SaveChangesAsync(ct);
        return await db.ViewAsync(contact, ct);
    }

    /// <summary>The contact; <paramref name="includeArchivedFields"/> adds the values of archived custom fields.</summary>
    public Task<ContactView> GetAsync(Guid id, CancellationToken ct, bool includeArchivedFields = false) => db.ViewAsync(id, ct, includeArchivedFields);

    /// <summary>Applies a merge-patch: only the <paramref name="present"/> fields change; a present null clears one.</summary>
    public async Task<ContactView> UpdateAsync(Guid id, ContactRequest patch, IReadOnlySet<string> present, long? expectedVersion, CancellationToken ct)
    {
        var contact = await db.LoadAsync(id, ct);
        contact.EnsureVersion(expectedVersion);
        var errors = new ValidationErrors();
        foreach (var name in present.Where(n => !ContactFields.PatchableNames.Contains(n)))
        {
            errors.Add(name, name is "emails" or "phones" or "addresses"
                ? $"Change {name} through /contacts/{{id}}/{name}."
                : name == "kind" ? "The kind of a contact cannot be changed." : "This field cannot be changed.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ContactFields.Apply(contact, patch, present, await db.ListsAsync(ct), errors, DateOnly.FromDateTime(now));
        if (present.Contains("customFields"))
        {
            await db.LoadCustomValuesAsync(contact, ct);
            (await CustomFieldSet.LoadAsync(db, ct)).Apply(contact, patch.CustomFields, creating: false, errors);
        }

        if (present.Contains("criteria"))
        {
            await db.LoadCriterionValuesAsync(contact, ct);
            (await Criteria.CriterionSet.LoadAsync(db, ct)).Apply(contact, patch.Criteria, errors);
        }

        if (contact.Kind == ContactKind.Person && ContactFields.HasNoValue(contact))
        {
            // Custom and criterion values are loaded only for a patch that names them; a person known only by them is not empty.
            if (!present.Contains("customFields"))
            {
                await db.LoadCustomValuesAsync(contact, ct);
            }

            if (!present.Contains("criteria"))
            {
                await db.LoadCriterionValuesAsync(contact, ct);
            }
        }

        ContactFields.RequireAnyField(contact, errors);
        Contact.RequireClearance(contact, caller.Current.Clearance, errors);
        errors.ThrowIfAny();
        await db.SaveChangesAsync(ct);
        return await db.ViewAsync(contact, ct);
    }

    /// <summary>
    /// Moves the contact to the recycle bin (<see cref="RecycleBin.RecycleBinService"/>): from then on it is absent from
    /// every read, list and search, its unique keys are released, and it can be restored until the purge removes it.
    /// </summary>
    public async Task DeleteAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        var contact = await db.LoadAsync(id, ct);
        contact.EnsureVersion(expectedVersion);
        contact.MoveToRecycleBin(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
