using ContactHub.Consent;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Listing;

/// <summary>
/// Reads the optional columns of a page of rows: one query per part asked for, over the page's ids, never one per row.
/// Companies are read through the contacts' query filter, so a company above the caller's clearance is not named.
/// </summary>
internal static class ContactRowDetailsReader
{
    public static async Task<IReadOnlyDictionary<Guid, ContactRowDetails>> ReadAsync(
        AppDbContext db, IReadOnlyCollection<Guid> ids, ContactRowDetailsRequest wanted, NameOrder nameOrder, CancellationToken ct)
    {
        if (ids.Count == 0 || !wanted.Any)
        {
            return new Dictionary<Guid, ContactRowDetails>();
        }

        var channels = wanted.Channels
            ? (await db.Contacts.Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.AllowEmail, c.AllowPhone, c.AllowSms, c.AllowLetter, c.PreferredChannel })
                .ToListAsync(ct))
                .ToDictionary(c => c.Id, c => (Allowed: ChannelSet.From(c.AllowEmail, c.AllowPhone, c.AllowSms, c.AllowLetter), c.PreferredChannel))
            : [];
        var companies = wanted.Companies
            ? (await (from link in db.CompanyLinks
                      where ids.Contains(link.PersonId)
                      join company in db.Contacts on link.CompanyId equals company.Id
                      select new { link.PersonId, company.Id, company.Kind, company.FirstName, company.MiddleName, company.LastName, company.CompanyName, link.Role })
                .ToListAsync(ct))
                .GroupBy(l => l.PersonId)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyList<LinkedCompany>)[.. g.Select(l => new LinkedCompany(
                        l.Id, NameFormatter.Format(nameOrder, l.Kind, l.FirstName, l.MiddleName, l.LastName, l.CompanyName), l.Role)).OrderBy(l => l.Name, StringComparer.CurrentCulture)])
            : [];
        var keys = wanted.CustomFieldKeys ?? [];
        var values = keys.Count > 0
            ? (await db.Set<CustomFields.ContactCustomValue>()
                .Where(v => ids.Contains(v.ContactId) && keys.Contains(v.FieldKey))
                .Select(v => new { v.ContactId, v.FieldKey, v.Value })
                .ToListAsync(ct))
                .GroupBy(v => v.ContactId)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(v => v.FieldKey, v => v.Value, StringComparer.Ordinal))
            : [];

        return ids.Distinct().ToDictionary(id => id, id => new ContactRowDetails(
            channels.TryGetValue(id, out var c) ? c.Allowed : ContactRowDetails.None.AllowedChannels,
            channels.TryGetValue(id, out var p) ? p.PreferredChannel : null,
            companies.GetValueOrDefault(id) ?? [],
            values.GetValueOrDefault(id) ?? ContactRowDetails.None.CustomValues));
    }
}
