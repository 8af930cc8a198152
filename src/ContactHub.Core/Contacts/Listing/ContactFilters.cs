using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Contacts.ContactPoints;
using ContactHub.CustomFields;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Listing;

/// <summary>
/// Every filter of a <see cref="ContactQuery"/> but the quick search (which <see cref="ContactListing"/> reads in its
/// own way), each a plain condition on the contacts, so the list's keyset paging and order stay as they are.
/// </summary>
internal static class ContactFilters
{
    public static async Task<IQueryable<Contact>> ApplyAsync(AppDbContext db, ContactQuery query, ReadRules rules, DateOnly today, CancellationToken ct)
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
            contacts = await ByConsentAsync(db, contacts, query.ConsentPurpose, query.ConsentGranted, ct);
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

        if (query.Blocked is { } blocked)
        {
            contacts = contacts.Where(c => c.IsBlocked == blocked);
        }

        // Active entries only: an inactive e-mail address or phone number is kept as history, not used.
        if (query.HasEmail is { } hasEmail)
        {
            contacts = hasEmail ? contacts.Where(c => c.Emails.Any(e => e.IsActive)) : contacts.Where(c => !c.Emails.Any(e => e.IsActive));
        }

        if (query.HasPhone is { } hasPhone)
        {
            contacts = hasPhone ? contacts.Where(c => c.Phones.Any(p => p.IsActive)) : contacts.Where(c => !c.Phones.Any(p => p.IsActive));
        }

        if (query.HasAddress is { } hasAddress)
        {
            contacts = hasAddress ? contacts.Where(c => c.Addresses.Any(a => a.IsActive)) : contacts.Where(c => !c.Addresses.Any(a => a.IsActive));
        }

        contacts = ByPostalCode(contacts, query.PostalCodeFrom?.Trim(), query.PostalCodeTo?.Trim());
        if (query.LinkedCompany is { } company)
        {
            contacts = contacts.Where(c => db.CompanyLinks.Any(l => l.PersonId == c.Id && l.CompanyId == company));
        }

        // Where the contact lives or has an active address: a company registered in CH with an office in DE is in both.
        if (query.Country?.Value is { } country)
        {
            contacts = contacts.Where(c => c.CountryOfResidence == country || c.Addresses.Any(a => a.IsActive && a.Country == country));
        }

        // From (inclusive) to (exclusive), compared in UTC as every time is stored.
        RequireOrder(query.CreatedFrom, query.CreatedTo, "createdTo");
        RequireOrder(query.UpdatedFrom, query.UpdatedTo, "updatedTo");
        if (query.CreatedFrom?.UtcDateTime is { } createdFrom)
        {
            contacts = contacts.Where(c => c.CreatedAt >= createdFrom);
        }

        if (query.CreatedTo?.UtcDateTime is { } createdTo)
        {
            contacts = contacts.Where(c => c.CreatedAt < createdTo);
        }

        if (query.UpdatedFrom?.UtcDateTime is { } updatedFrom)
        {
            contacts = contacts.Where(c => c.UpdatedAt >= updatedFrom);
        }

        if (query.UpdatedTo?.UtcDateTime is { } updatedTo)
        {
            contacts = contacts.Where(c => c.UpdatedAt < updatedTo);
        }

        if (query.CustomFields is { Count: > 0 } customFilters)
        {
            contacts = CustomFieldFilters.Apply(contacts, db, await CustomFieldSet.LoadAsync(db, ct), customFilters, query.IncludeArchivedFields);
        }

        // "An interaction in the last N days": on or after the start of the day N days ago (UTC), today included.
        if (query.InteractionWithinDays is { } days)
        {
            var since = today.AddDays(-days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var recent = db.Set<Interactions.InteractionContact>()
                .Where(ic => db.Set<Interactions.Interaction>().Any(i => i.Id == ic.InteractionId && i.OccurredAt >= since));
            contacts = contacts.Where(c => recent.Any(ic => ic.ContactId == c.Id));
        }

        if (query.Criteria is { Count: > 0 } criterionFilters)
        {
            contacts = Criteria.CriterionFilters.Apply(contacts, db, await Criteria.CriterionSet.LoadAsync(db, ct), criterionFilters);
        }

        return contacts;
    }

    // An active address whose postal code lies in the range (text order, both ends included: 8000–8999).
    private static IQueryable<Contact> ByPostalCode(IQueryable<Contact> contacts, string? from, string? to)
    {
        if (from is { Length: > 0 } && to is { Length: > 0 } && string.CompareOrdinal(to, from) < 0)
        {
            throw ValidationFailedException.For("postalCodeTo", "The end of the range must not be before its start.");
        }

        return (from is { Length: > 0 }, to is { Length: > 0 }) switch
        {
            (true, true) => contacts.Where(c => c.Addresses.Any(a => a.IsActive && string.Compare(a.PostalCode, from) >= 0 && string.Compare(a.PostalCode, to) <= 0)),
            (true, false) => contacts.Where(c => c.Addresses.Any(a => a.IsActive && string.Compare(a.PostalCode, from) >= 0)),
            (false, true) => contacts.Where(c => c.Addresses.Any(a => a.IsActive && string.Compare(a.PostalCode, to) <= 0)),
            _ => contacts,
        };
    }

    private static void RequireOrder(DateTimeOffset? from, DateTimeOffset? to, string toField)
    {
        if (from is { } start && to is { } end && end < start)
        {
            throw ValidationFailedException.For(toField, "The end of the range must not be before its start.");
        }
    }

    /// <summary>
    /// Consent filter on the derived state for all channels: granted, withdrawn, or (granted = null) no decision yet.
    /// </summary>
    private static async Task<IQueryable<Contact>> ByConsentAsync(AppDbContext db, IQueryable<Contact> contacts, string purposeKey, bool? granted, CancellationToken ct)
    {
        var purposeId = await db.Set<ConsentPurpose>().Where(p => p.Key == purposeKey).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw ValidationFailedException.For("consent", $"Unknown consent purpose '{purposeKey}'.");
        var states = db.Set<ConsentState>().Where(s => s.PurposeId == purposeId && s.Scope == ConsentState.AllChannels);
        return granted is { } wanted
            ? contacts.Where(c => states.Any(s => s.ContactId == c.Id && s.Granted == wanted))
            : contacts.Where(c => !states.Any(s => s.ContactId == c.Id));
    }
}
