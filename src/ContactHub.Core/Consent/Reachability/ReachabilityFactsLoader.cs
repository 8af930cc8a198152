using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Consent.Reachability;

/// <summary>
/// Loads policy facts for a page of contacts with one query per table (contacts, e-mails, phones, addresses,
/// consent states, overrides), each restricted to the page's id range, so a batch of thousands costs six
/// indexed range scans rather than a query per contact.
/// </summary>
internal static class ReachabilityFactsLoader
{
    public static async Task<IReadOnlyList<ReachabilityFacts>> LoadAsync(AppDbContext db, NotificationFacts type, IQueryable<Contact> page, DateTime now, CancellationToken ct)
    {
        var contacts = await page.AsNoTracking()
            .Select(c => new { c.Id, c.IsBlocked, c.ValidUntil, c.AllowEmail, c.AllowPhone, c.AllowSms, c.AllowLetter, c.PreferredChannel })
            .ToListAsync(ct);
        if (contacts.Count == 0)
        {
            return [];
        }

        var first = contacts.Min(c => c.Id);
        var last = contacts.Max(c => c.Id);
        var emails = (await db.ContactEmails.AsNoTracking()
            .Where(e => e.IsActive && e.ContactId.CompareTo(first) >= 0 && e.ContactId.CompareTo(last) <= 0)
            .Select(e => new { e.ContactId, e.Type, e.Address, e.BounceStatus })
            .ToListAsync(ct)).ToLookup(e => e.ContactId);
        var phones = (await db.ContactPhones.AsNoTracking()
            .Where(p => p.IsActive && p.ContactId.CompareTo(first) >= 0 && p.ContactId.CompareTo(last) <= 0)
            .Select(p => new { p.ContactId, p.Type, p.E164 })
            .ToListAsync(ct)).ToLookup(p => p.ContactId);
        var addresses = (await db.ContactAddresses.AsNoTracking()
            .Where(a => a.IsActive && a.ContactId.CompareTo(first) >= 0 && a.ContactId.CompareTo(last) <= 0)
            .Select(a => new { a.ContactId, a.Type, a.Street, a.PostalCode, a.City, a.Country })
            .ToListAsync(ct)).ToLookup(a => a.ContactId);
        var consents = type.ConsentPurposeId is { } purposeId
            ? (await db.Set<ConsentState>().AsNoTracking()
                .Where(s => s.PurposeId == purposeId && s.ContactId.CompareTo(first) >= 0 && s.ContactId.CompareTo(last) <= 0)
                .Select(s => new { s.ContactId, s.Scope, s.Granted })
                .ToListAsync(ct)).ToLookup(s => s.ContactId)
            : null;
        var overrides = (await db.Set<ReachabilityOverride>().AsNoTracking()
            .Where(o => o.NotificationTypeId == type.Id && o.ExpiresAt > now && o.ContactId.CompareTo(first) >= 0 && o.ContactId.CompareTo(last) <= 0)
            .Select(o => new { o.ContactId, o.Channel })
            .ToListAsync(ct)).ToLookup(o => o.ContactId);

        // Built with plain loops and shared empty values: this runs for every contact of the page (10,000 at a time).
        var noConsents = new Dictionary<string, bool>();
        var noOverrides = new HashSet<Channel>();
        var billingFirst = type.PurposeClass == PurposeClass.Financial;
        var facts = new List<ReachabilityFacts>(contacts.Count);
        foreach (var c in contacts)
        {
            string? phone = null, mobile = null;
            foreach (var p in phones[c.Id])
            {
                if (p.Type == "mobile")
                {
                    mobile ??= p.E164;
                }
                else
                {
                    phone ??= p.E164;
                }
            }

            // The first address, or for a financial type the first billing address if there is one.
            var mine = addresses[c.Id];
            var postal = (billingFirst ? mine.FirstOrDefault(a => a.Type == "billing") : null) ?? mine.FirstOrDefault();
            var active = emails[c.Id].ToList();
            if (active.Count > 1)
            {
                // One active address per type, so the order by type is total.
                active.Sort((a, b) => string.CompareOrdinal(a.Type, b.Type));
            }

            facts.Add(new ReachabilityFacts(
                c.Id,
                c.IsBlocked,
                c.ValidUntil,
                ChannelSet.From(c.AllowEmail, c.AllowPhone, c.AllowSms, c.AllowLetter),
                c.PreferredChannel,
                [.. active.Select(e => new EmailFact(e.Address, e.BounceStatus))],
                phone,
                mobile,
                postal is null ? null : PostalLine(postal.Street, postal.PostalCode, postal.City, postal.Country),
                consents is not null && consents.Contains(c.Id) ? consents[c.Id].ToDictionary(s => s.Scope, s => s.Granted) : noConsents,
                overrides.Contains(c.Id) ? overrides[c.Id].Select(o => o.Channel).ToHashSet() : noOverrides));
        }

        return facts;
    }

    // "Street 1, 8000 Zürich, CH", leaving out empty parts.
    private static string PostalLine(string? street, string? postalCode, string? city, string country) =>
        string.Join(", ", new[] { street, $"{postalCode} {city}".Trim(), country }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
