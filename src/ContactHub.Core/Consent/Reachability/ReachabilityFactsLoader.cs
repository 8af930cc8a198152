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

        var empty = new Dictionary<string, bool>();
        return [.. contacts.Select(c =>
        {
            var mine = phones[c.Id].ToList();
            var postal = addresses[c.Id].OrderByDescending(a => type.PurposeClass == PurposeClass.Financial && a.Type == "billing").FirstOrDefault();
            return new ReachabilityFacts(
                c.Id,
                c.IsBlocked,
                c.ValidUntil,
                ChannelSet.From(c.AllowEmail, c.AllowPhone, c.AllowSms, c.AllowLetter),
                c.PreferredChannel,
                [.. emails[c.Id].OrderBy(e => e.Type, StringComparer.Ordinal).Select(e => new EmailFact(e.Address, e.BounceStatus))],
                mine.FirstOrDefault(p => p.Type != "mobile")?.E164,
                mine.FirstOrDefault(p => p.Type == "mobile")?.E164,
                postal is null ? null : string.Join(", ", new[] { postal.Street, $"{postal.PostalCode} {postal.City}".Trim(), postal.Country }.Where(s => !string.IsNullOrWhiteSpace(s))),
                consents?[c.Id].ToDictionary(s => s.Scope, s => s.Granted) ?? empty,
                overrides[c.Id].Select(o => o.Channel).ToHashSet());
        })];
    }
}
