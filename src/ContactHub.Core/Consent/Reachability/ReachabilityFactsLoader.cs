using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints.Phones;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Consent.Reachability;

/// <summary>
/// Loads policy facts for a page of contacts with one query per table (contacts, e-mails, phones, addresses,
/// consent states, overrides), each restricted to the page's id range, so a batch of thousands costs six
/// indexed range scans rather than a query per contact. Child rows stream straight into one slot per contact;
/// a row whose contact is not in the page (e.g. above the caller's clearance, inside the range) is skipped.
/// </summary>
internal static class ReachabilityFactsLoader
{
    /// <param name="page">The contacts to decide, in id order: its first and last rows bound the child queries.</param>
    public static async Task<IReadOnlyList<ReachabilityFacts>> LoadAsync(AppDbContext db, NotificationFacts type, IQueryable<Contact> page, DateTime now, CancellationToken ct)
    {
        var contacts = new List<FactSlot>();
        await foreach (var c in page.AsNoTracking()
            .Select(c => new ContactRow(c.Id, c.IsBlocked, c.ValidUntil, c.AllowEmail, c.AllowPhone, c.AllowSms, c.AllowLetter, c.PreferredChannel))
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            contacts.Add(new FactSlot
            {
                ContactId = c.Id,
                IsBlocked = c.IsBlocked,
                ValidUntil = c.ValidUntil,
                AllowedBits = ChannelSet.Bits(c.AllowEmail, c.AllowPhone, c.AllowSms, c.AllowLetter),
                Preferred = c.PreferredChannel,
            });
        }

        if (contacts.Count == 0)
        {
            return [];
        }

        // An array, so slots[i].Add...() changes the slot in place (a list would hand out copies).
        var slots = contacts.ToArray();
        var index = new Dictionary<Guid, int>(slots.Length);
        for (var i = 0; i < slots.Length; i++)
        {
            index.Add(slots[i].ContactId, i);
        }

        // The range ends in the database's own order, which is the order the range conditions compare in.
        var first = slots[0].ContactId;
        var last = slots[^1].ContactId;

        // Two groups of queries on two connections at once: the client's reading of one overlaps the server's work
        // (and on a second core the reading) of the other. The groups fill disjoint fields of the slots, and
        // Build waits for both. A single contact (DecideAsync) is not worth a second connection.
        if (slots.Length == 1)
        {
            await LoadContactPointsAsync(db, first, last, index, slots, ct);
            await LoadAddressesAndPermissionsAsync(db, type, first, last, now, index, slots, ct);
        }
        else
        {
            await using var sibling = db.Sibling();
            await Task.WhenAll(
                LoadContactPointsAsync(db, first, last, index, slots, ct),
                LoadAddressesAndPermissionsAsync(sibling, type, first, last, now, index, slots, ct));
        }

        var facts = new ReachabilityFacts[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            facts[i] = slots[i].Build();
        }

        return facts;
    }

    // E-mails and phones: the e-mail and phone fields of the slots.
    private static async Task LoadContactPointsAsync(AppDbContext db, Guid first, Guid last, Dictionary<Guid, int> index, FactSlot[] slots, CancellationToken ct)
    {
        await foreach (var e in db.ContactEmails.AsNoTracking()
            .Where(e => e.IsActive && e.ContactId.CompareTo(first) >= 0 && e.ContactId.CompareTo(last) <= 0)
            // In the order of the active (contact, type) index, as phones and addresses below: a contact's entries
            // arrive by type, so "the first" is the same on every read, and the policy tries e-mails in this order.
            .OrderBy(e => e.ContactId).ThenBy(e => e.Type)
            .Select(e => new EmailRow(e.ContactId, e.Address, e.BounceStatus))
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (index.TryGetValue(e.ContactId, out var i))
            {
                slots[i].AddEmail(e.Address, e.BounceStatus);
            }
        }

        await foreach (var p in db.ContactPhones.AsNoTracking()
            .Where(p => p.IsActive && p.ContactId.CompareTo(first) >= 0 && p.ContactId.CompareTo(last) <= 0)
            .OrderBy(p => p.ContactId).ThenBy(p => p.Type)
            // PhoneLineTypes.MayReceiveSms spelt out for the database: the number's range decides, not its type label,
            // so a "mobile" that is a fixed line gets no SMS and a "work" mobile does. Only a number left unclassified
            // (stored before line types, and no longer valid by today's plans) falls back to its label.
            .Select(p => new PhoneRow(
                p.ContactId,
                p.LineType == PhoneLineType.Mobile || p.LineType == PhoneLineType.FixedLineOrMobile || (p.LineType == PhoneLineType.Unknown && p.Type == "mobile"),
                p.E164))
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (index.TryGetValue(p.ContactId, out var i))
            {
                slots[i].AddPhone(p.MayReceiveSms, p.E164);
            }
        }
    }

    // Addresses, consent states and overrides: the address, consent and override fields of the slots.
    private static async Task LoadAddressesAndPermissionsAsync(
        AppDbContext db, NotificationFacts type, Guid first, Guid last, DateTime now, Dictionary<Guid, int> index, FactSlot[] slots, CancellationToken ct)
    {
        var billingFirst = type.PurposeClass == PurposeClass.Financial;
        // The type compared in the query, so that only a flag is read per address, not its type's text.
        await foreach (var a in db.ContactAddresses.AsNoTracking()
            .Where(a => a.IsActive && a.ContactId.CompareTo(first) >= 0 && a.ContactId.CompareTo(last) <= 0)
            .OrderBy(a => a.ContactId).ThenBy(a => a.Type)
            .Select(a => new AddressRow(a.ContactId, a.Type == "billing", a.Street, a.PostalCode, a.City, a.Country))
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (index.TryGetValue(a.ContactId, out var i))
            {
                slots[i].AddAddress(a.IsBilling && billingFirst, a.Street, a.PostalCode, a.City, a.Country);
            }
        }

        if (type.ConsentPurposeId is { } purposeId)
        {
            await foreach (var s in db.Set<ConsentState>().AsNoTracking()
                .Where(s => s.PurposeId == purposeId && s.ContactId.CompareTo(first) >= 0 && s.ContactId.CompareTo(last) <= 0)
                .Select(s => new ConsentRow(s.ContactId, s.Scope, s.Granted))
                .AsAsyncEnumerable().WithCancellation(ct))
            {
                if (index.TryGetValue(s.ContactId, out var i))
                {
                    slots[i].AddConsent(s.Scope, s.Granted);
                }
            }
        }

        await foreach (var o in db.Set<ReachabilityOverride>().AsNoTracking()
            .Where(o => o.NotificationTypeId == type.Id && o.ExpiresAt > now && o.ContactId.CompareTo(first) >= 0 && o.ContactId.CompareTo(last) <= 0)
            .Select(o => new OverrideRow(o.ContactId, o.Channel))
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (index.TryGetValue(o.ContactId, out var i))
            {
                slots[i].OverrideBits |= ChannelSet.Bit(o.Channel);
            }
        }
    }

    // Rows as structs: a page reads some 60,000 rows, and an object per row is garbage the moment it is folded in.
    private readonly record struct ContactRow(Guid Id, bool IsBlocked, DateOnly? ValidUntil, bool AllowEmail, bool AllowPhone, bool AllowSms, bool AllowLetter, Channel? PreferredChannel);

    private readonly record struct EmailRow(Guid ContactId, string Address, BounceStatus BounceStatus);

    private readonly record struct PhoneRow(Guid ContactId, bool MayReceiveSms, string E164);

    private readonly record struct AddressRow(Guid ContactId, bool IsBilling, string? Street, string? PostalCode, string? City, string Country);

    private readonly record struct ConsentRow(Guid ContactId, string Scope, bool Granted);

    private readonly record struct OverrideRow(Guid ContactId, Channel Channel);
}
