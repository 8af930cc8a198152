using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Contacts.ContactPoints;
using ContactHub.CustomFields;
using ContactHub.Data;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts;

/// <summary>Creating, reading, listing, changing and deleting contacts — the rules every path (API, UI, imports) goes through.</summary>
public sealed class ContactService(AppDbContext db, CallerContext caller, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<ContactView> CreateAsync(ContactRequest request, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == caller.RequireOrganisation(), ct);
        var errors = new ValidationErrors();
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = await db.FindDefinitionAsync(ct);
        var customFields = await CustomFieldSet.LoadAsync(db, ct);
        var contact = Contact.TryCreate(organisation.Id, organisation.DefaultCountry, definition, caller.Current.Clearance, request, now, errors, customFields);
        errors.ThrowIfAny();

        db.Contacts.Add(contact!);
        await ConsentDefaults.ApplyConsentsAsync(db, contact!, now, ct);
        await db.SaveChangesAsync(ct);
        return await db.ViewAsync(contact!, ct);
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

        Contact.RequireClearance(contact, caller.Current.Clearance, errors);
        errors.ThrowIfAny();
        await db.SaveChangesAsync(ct);
        return await db.ViewAsync(contact, ct);
    }

    public async Task DeleteAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        var contact = await db.LoadAsync(id, ct);
        contact.EnsureVersion(expectedVersion);
        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A page of contacts in the asked order, continued by keyset cursors (never OFFSET, so deep pages stay fast).</summary>
    public async Task<ContactPage> ListAsync(ContactQuery query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rules = await db.ReadRulesAsync(ct);
        var search = query.Search is null ? null : Search.QuickSearch.Of(db, query.Search);
        return await ContactListing.PageAsync(await FilterAsync(query, rules, today, ct), search, query, rules, today, ct);
    }

    /// <summary>Every filter of the query but the quick search, which the listing reads in its own way.</summary>
    private async Task<IQueryable<Contact>> FilterAsync(ContactQuery query, ReadRules rules, DateOnly today, CancellationToken ct)
    {
        var contacts = db.Contacts.AsNoTracking();
        if (query.Kind is { } kind)
        {
            contacts = contacts.Where(c => c.Kind == kind);
        }

        if (TextNormalizer.Fold(query.Name) is { Length: > 0 } name)
        {
            contacts = contacts.Where(PrefixRange.StartsWith<Contact>(c => c.NameKey, name));
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = query.Category.Trim();
            contacts = contacts.Where(c => c.Categories.Any(x => x.Name == category));
        }

        if (!string.IsNullOrWhiteSpace(query.AccessibilityNeed))
        {
            var need = query.AccessibilityNeed.Trim();
            contacts = contacts.Where(c => c.AccessibilityNeeds.Any(n => n.Need == need));
        }

        if (!string.IsNullOrWhiteSpace(query.ReferenceCode))
        {
            var code = query.ReferenceCode.Trim();
            contacts = contacts.Where(c => c.ReferenceCode == code);
        }

        if (!string.IsNullOrWhiteSpace(query.Email))
        {
            var email = new ValidationErrors().Capture("email", () => EmailAddress.Parse(query.Email))?.Normalized
                ?? throw ValidationFailedException.For("email", "This is not an e-mail address.");
            contacts = contacts.Where(c => c.Emails.Any(e => e.Normalized == email));
        }

        if (query.AllowedChannel is { } allowed)
        {
            contacts = allowed switch
            {
                Channel.Email => contacts.Where(c => c.AllowEmail),
                Channel.Phone => contacts.Where(c => c.AllowPhone),
                Channel.Sms => contacts.Where(c => c.AllowSms),
                _ => contacts.Where(c => c.AllowLetter),
            };
        }

        if (query.PreferredChannel is { } preferred)
        {
            contacts = contacts.Where(c => c.PreferredChannel == preferred);
        }

        if (query.ConsentPurpose is not null)
        {
            contacts = await FilterByConsentAsync(contacts, query.ConsentPurpose, query.ConsentGranted, ct);
        }

        if (query.Status is { } status)
        {
            contacts = contacts.Where(rules.Completeness.Where(status));
        }

        // Only levels within the caller's clearance exist for it: the query filter has removed the others already.
        if (query.Confidentiality is { } confidentiality)
        {
            contacts = contacts.Where(c => c.Confidentiality == confidentiality);
        }

        if (query.LifeCycle is { } lifeCycle)
        {
            contacts = lifeCycle == LifeCycle.Financial ? contacts.Where(c => c.AccountReference != null) : contacts.Where(c => c.AccountReference == null);
        }

        if (!query.IncludeInvalid)
        {
            contacts = contacts.Where(c => c.ValidUntil == null || c.ValidUntil >= today);
        }

        if (query.CustomFields is { Count: > 0 } customFilters)
        {
            contacts = CustomFieldFilters.Apply(contacts, db, await CustomFieldSet.LoadAsync(db, ct), customFilters);
        }

        return contacts;
    }

    /// <summary>
    /// Consent filter on the derived state for all channels: granted, withdrawn, or (granted = null) no decision yet.
    /// </summary>
    private async Task<IQueryable<Contact>> FilterByConsentAsync(IQueryable<Contact> contacts, string purposeKey, bool? granted, CancellationToken ct)
    {
        var purposeId = await db.Set<ConsentPurpose>().Where(p => p.Key == purposeKey).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw ValidationFailedException.For("consent", $"Unknown consent purpose '{purposeKey}'.");
        var states = db.Set<ConsentState>().Where(s => s.PurposeId == purposeId && s.Scope == ConsentState.AllChannels);
        return granted is { } wanted
            ? contacts.Where(c => states.Any(s => s.ContactId == c.Id && s.Granted == wanted))
            : contacts.Where(c => !states.Any(s => s.ContactId == c.Id));
    }
}
