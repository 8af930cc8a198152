using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Search;

/// <summary>
/// The one search box: what the operator typed decides where it is looked for. An "@" searches e-mail addresses by
/// prefix; a run of at least <see cref="MinPhoneDigits"/> digits (with the usual punctuation) searches phone numbers
/// by their trailing digits and reference codes; anything else searches names — by prefix of the folded name, word
/// by word with one typo allowed per word (<see cref="NameVariants"/>) — and reference codes. Each kind is one index
/// lookup, and the matches are a set of ids the list then filters, sorts and pages like any other filter. A single
/// word without an "@" is also tried as the start of an e-mail address ("anna.mue").
/// </summary>
internal static class QuickSearch
{
    public const int MinLength = 2;
    public const int MinPhoneDigits = 4;

    /// <summary>
    /// Above this many matches the list filters by the lookups as a subquery; up to it, by the ids themselves. In the
    /// order of creation (by id) a page of given ids is a walk of the primary key over the sorted ids, however many
    /// there are (9,939 ids of 1M contacts on PostgreSQL: 0.9 ms), while as a subquery PostgreSQL walked the key in
    /// order probing every contact (20 ms for 1,104 matches). In name order each given id has its row read for its
    /// name before the sort (52 ms for 9,939 ids), so there the subquery takes over much sooner.
    /// </summary>
    internal static int MaxListedMatches(ContactSort sort) => sort == ContactSort.Name ? 1_000 : 10_000;

    /// <returns>The contacts matching, and whether they are few (at most <see cref="MaxListedMatches"/>, given by id).</returns>
    public static async Task<(IQueryable<Contact> Contacts, bool FewMatches)> ApplyAsync(
        IQueryable<Contact> contacts, AppDbContext db, string term, ContactSort sort, CancellationToken ct)
    {
        var text = term.Trim();
        if (text.Length < MinLength)
        {
            throw ValidationFailedException.For("q", $"Type at least {MinLength} characters to search.");
        }

        var matches = text.Contains('@', StringComparison.Ordinal) ? ByEmail(db, text)
            : PhoneDigits(text) is { } digits ? ByPhone(db, digits).Union(ByReference(db, text))
            : text.Any(char.IsWhiteSpace) ? ByName(db, text).Union(ByReference(db, text))
            : ByName(db, text).Union(ByReference(db, text)).Union(ByEmail(db, text));

        // The ids first, in their own query: as a subquery of the sorted, limited list, PostgreSQL guesses the number
        // of matches from statistics and, guessing many, walks the whole list in order looking for them (a quarter
        // of a second at 1M contacts when there are three). Given the ids, it knows how many there are. A search
        // that matches more than a page of pages is left to the subquery, whose guess is then right. The ids go as one
        // parameter (an array on PostgreSQL, JSON on SQLite): EF's default of a parameter per id made SQLite prepare a
        // statement of up to 10,000 parameters, a new one for every count (surname with a typo, 300k: median 9.3 → 5.0 ms).
        var listed = MaxListedMatches(sort);
        var ids = await matches.OrderBy(id => id).Take(listed + 1).ToListAsync(ct);
        return ids.Count <= listed
            ? (contacts.Where(c => EF.Parameter(ids).Contains(c.Id)), true)
            : (contacts.Where(c => matches.Contains(c.Id)), false);
    }

    /// <summary>The digits a phone search looks for at the end of the number, or null when the text is not a number.</summary>
    internal static string? PhoneDigits(string text)
    {
        if (!text.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '(' or ')' or '/' or '.' or ' '))
        {
            return null;
        }

        // "0171…" and "+49 171…" both end in the same digits; the trunk or international zeros are not part of them.
        var digits = new string([.. text.Where(char.IsAsciiDigit)]).TrimStart('0');
        return digits.Length >= MinPhoneDigits ? digits : null;
    }

    private static IQueryable<Guid> ByEmail(AppDbContext db, string text)
    {
        var prefix = text.ToLowerInvariant();
        return db.ContactEmails.Where(PrefixRange.StartsWith<ContactEmail>(e => e.Normalized, prefix)).Select(e => e.ContactId);
    }

    private static IQueryable<Guid> ByPhone(AppDbContext db, string digits)
    {
        var reversed = ContactPhone.Reverse(digits);
        return db.ContactPhones.Where(PrefixRange.StartsWith<ContactPhone>(p => p.ReversedDigits, reversed)).Select(p => p.ContactId);
    }

    private static IQueryable<Guid> ByReference(AppDbContext db, string text) =>
        db.Contacts.Where(c => c.ReferenceCode == text).Select(c => c.Id);

    private static IQueryable<Guid> ByName(AppDbContext db, string text)
    {
        var folded = TextNormalizer.Fold(text);
        var byPrefix = db.Contacts.Where(PrefixRange.StartsWith<Contact>(c => c.NameKey, folded)).Select(c => c.Id);
        IQueryable<Guid>? byWords = null;
        foreach (var word in NameVariants.Words(folded))
        {
            var variants = NameVariants.Of(word).ToList();
            var withWord = db.ContactSearchKeys.Where(k => variants.Contains(k.Key)).Select(k => k.ContactId);
            byWords = byWords is null ? withWord : byWords.Intersect(withWord);
        }

        return byWords is null ? byPrefix : byPrefix.Union(byWords);
    }
}
