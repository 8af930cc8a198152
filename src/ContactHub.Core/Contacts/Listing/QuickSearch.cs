using System.Linq.Expressions;
using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Search;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace ContactHub.Contacts.Listing;

/// <summary>
/// The one search box: what the operator typed decides where it is looked for. An "@" searches e-mail addresses by
/// prefix; a run of at least <see cref="MinPhoneDigits"/> digits (with the usual punctuation) searches phone numbers
/// by their trailing digits and reference codes; anything else searches names — by prefix of the folded name, word
/// by word with one typo allowed per word (<see cref="NameVariants"/>) — and reference codes. A single word without
/// an "@" is also tried as the start of an e-mail address ("anna.mue"). Each of these is one index lookup; the
/// matches are the union of the lookups, which the list then filters and pages like any other filter.
/// The search knows nothing of the list (<c>ContactListing</c> uses it, never the reverse): the list hands it
/// the contacts already filtered, or the position to read from in name order and a delegate that reads a window's
/// contacts with the list's other filters. The search keys it looks up are kept by <see cref="SearchKeys"/>.
/// </summary>
internal sealed class QuickSearch
{
    public const int MinLength = 2;
    public const int MinPhoneDigits = 4;

    /// <summary>
    /// In the order of creation the list filters by up to this many matching ids, and by the lookups as a subquery
    /// above it. A page of given ids is a walk of the primary key over the sorted ids, however many there are, while
    /// as a subquery PostgreSQL walked the key in order probing every contact (BENCHMARKS.md has the figures).
    /// </summary>
    internal const int MaxListedIds = 10_000;

    /// <summary>The largest window of matches in name order (<see cref="ReadInNameOrderAsync"/>) read at once.</summary>
    internal const int MaxWindow = 10_000;

    private readonly IQueryable<Guid> _ids;
    private readonly IReadOnlyList<IQueryable<NamedMatch>> _inNameOrder;

    private QuickSearch(IReadOnlyList<Lookup> lookups)
    {
        _ids = lookups.Select(l => l.Ids).Aggregate((a, b) => a.Union(b));
        _inNameOrder = [.. lookups.SelectMany(l => l.InNameOrder)];
    }

    public static QuickSearch Of(AppDbContext db, string term)
    {
        var text = term.Trim();
        if (text.Length < MinLength)
        {
            throw ValidationFailedException.For("q", $"Type at least {MinLength} characters to search.");
        }

        return new QuickSearch(
            text.Contains('@', StringComparison.Ordinal) ? [ByEmail(db, text)]
            : PhoneDigits(text) is { } digits ? [ByPhone(db, digits), ByReference(db, text)]
            : text.Any(char.IsWhiteSpace) ? [ByName(db, text), ByReference(db, text)]
            : [ByName(db, text), ByReference(db, text), ByEmail(db, text)]);
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

    /// <summary>
    /// The contacts matching, for a list in the order of creation. The ids are read first, in their own query: as a
    /// subquery of the sorted, limited list, PostgreSQL guesses the number of matches from statistics and, guessing
    /// many, walks the whole list in order looking for them (slow at a million contacts when there are only a few). Given the ids, it knows how many there are. The ids go as one parameter (an array on PostgreSQL, JSON
    /// on SQLite): a parameter per id made SQLite prepare a statement of up to 10,000 parameters, a new one for every
    /// count. A search that matches more than <see cref="MaxListedIds"/> is left to the subquery, whose guess is then right.
    /// </summary>
    public async Task<IQueryable<Contact>> FilterAsync(IQueryable<Contact> contacts, CancellationToken ct)
    {
        var ids = await _ids.OrderBy(id => id).Take(MaxListedIds + 1).ToListAsync(ct);
        return ids.Count <= MaxListedIds
            ? contacts.Where(c => EF.Parameter(ids).Contains(c.Id))
            : contacts.Where(c => _ids.Contains(c.Id));
    }

    /// <summary>
    /// The first <paramref name="count"/> matching contacts in name order beyond <paramref name="from"/>, for a list
    /// sorted by name. Every lookup's matches come from an index already in name order (the search keys carry the name
    /// key), so the next window of matches is the union of each lookup's next few, however many contacts match: a
    /// four-letter name also matches every name one typo away, some 73,000 of a million for "zand". The list's other
    /// filters then read the window's contacts by id (<paramref name="read"/>); when they leave too few, the next,
    /// larger window follows.
    /// </summary>
    public async Task<List<T>> ReadInNameOrderAsync<T>(
        KeysetPosition? from, bool ascending, int count, Func<List<Guid>, int, Task<List<T>>> read, CancellationToken ct)
    {
        var found = new List<T>();
        var size = 2 * count;
        while (true)
        {
            var window = await WindowAsync(from, ascending, size, ct);
            found.AddRange(await read([.. window.Select(m => m.Id)], count - found.Count));
            if (found.Count >= count || window.Count < size)
            {
                return found;
            }

            from = new KeysetPosition(window[^1].Id, window[^1].NameKey);
            size = Math.Min(size * 4, MaxWindow);
        }
    }

    // The first matches of the union are among the first matches of each lookup, so each lookup is read only that far
    // (its index range from the position on) before the union is deduplicated, sorted and cut.
    private Task<List<NamedMatch>> WindowAsync(KeysetPosition? from, bool ascending, int size, CancellationToken ct) =>
        InOrder(_inNameOrder.Select(l => InOrder(Beyond(l, from, ascending), ascending).Take(size)).Aggregate((a, b) => a.Union(b)), ascending)
            .Take(size)
            .ToListAsync(ct);

    private static IQueryable<NamedMatch> Beyond(IQueryable<NamedMatch> matches, KeysetPosition? from, bool ascending) =>
        from is { } p ? matches.Where(NameKeyset.Beyond<NamedMatch>(m => m.NameKey, m => m.Id, p, ascending)) : matches;

    private static IQueryable<NamedMatch> InOrder(IQueryable<NamedMatch> matches, bool ascending) => ascending
        ? matches.OrderBy(m => m.NameKey).ThenBy(m => m.Id)
        : matches.OrderByDescending(m => m.NameKey).ThenByDescending(m => m.Id);

    private static Lookup ByEmail(AppDbContext db, string text)
    {
        var prefix = text.ToLowerInvariant();
        return OfContacts(db, db.ContactEmails.Where(PrefixRange.StartsWith<ContactEmail>(e => e.Normalized, prefix)).Select(e => e.ContactId));
    }

    private static Lookup ByPhone(AppDbContext db, string digits)
    {
        var reversed = ContactPhone.Reverse(digits);
        return OfContacts(db, db.ContactPhones.Where(PrefixRange.StartsWith<ContactPhone>(p => p.ReversedDigits, reversed)).Select(p => p.ContactId));
    }

    private static Lookup ByReference(AppDbContext db, string text)
    {
        var contacts = db.Contacts.Where(c => c.ReferenceCode == text);
        return new Lookup(contacts.Select(c => c.Id), [Named(contacts)]);
    }

    // A lookup of contact parts (e-mail addresses, phone numbers): in name order each match is read with its contact's
    // name, and a contact with two matching parts is one match.
    private static Lookup OfContacts(AppDbContext db, IQueryable<Guid> contactIds) =>
        new(contactIds, [Named(contactIds.Join(db.Contacts, id => id, c => c.Id, (_, c) => c)).Distinct()]);

    private static IQueryable<NamedMatch> Named(IQueryable<Contact> contacts) => contacts.Select(c => new NamedMatch { NameKey = c.NameKey, Id = c.Id });

    private static IQueryable<NamedMatch> Named(IQueryable<ContactSearchKey> keys) => keys.Select(k => new NamedMatch { NameKey = k.NameKey, Id = k.ContactId });

    /// <summary>
    /// The start of the folded name, and every word with one typo. For the ids, a lookup of each word's variants,
    /// intersected. In name order, a single word is a lookup per variant (an index range each in name order), since
    /// one of its variants can match tens of thousands of names; several words are one lookup of the longest word's
    /// variants keeping the contacts that also have a variant of every other word, few enough to sort (one hash of
    /// the other words' keys instead of one per variant, which was several times slower at a million contacts).
    /// With several words the last is the one still being typed: it also matches a stored word it starts ("Linus Torv"),
    /// a range of the key index; alone it would be too wide a range to read in name order, which the name's own start covers.
    /// </summary>
    private static Lookup ByName(AppDbContext db, string text)
    {
        var folded = TextNormalizer.Fold(text);
        var byPrefix = db.Contacts.Where(PrefixRange.StartsWith<Contact>(c => c.NameKey, folded));
        var inNameOrder = new List<IQueryable<NamedMatch>> { Named(byPrefix) };
        var typed = NameVariants.Words(folded);
        var words = typed.Select((w, i) => KeyMatches(w, partial: typed.Count > 1 && i == typed.Count - 1)).ToList();
        if (words.Count == 0)
        {
            return new Lookup(byPrefix.Select(c => c.Id), inNameOrder);
        }

        var byWords = words.Select(match => db.ContactSearchKeys.Where(match.Predicate).Select(k => k.ContactId)).Aggregate((a, b) => a.Intersect(b));
        if (words.Count == 1)
        {
            inNameOrder.AddRange(words[0].Variants.Select(variant => Named(db.ContactSearchKeys.Where(k => k.Key == variant))));
        }
        else
        {
            var longest = words.MaxBy(w => w.Word.Length)!;
            var keys = db.ContactSearchKeys.Where(longest.Predicate);
            foreach (var other in words.Where(w => w != longest))
            {
                var others = db.ContactSearchKeys.Where(other.Predicate);
                keys = keys.Where(k => others.Any(o => o.NameKey == k.NameKey && o.ContactId == k.ContactId));
            }

            inNameOrder.Add(Named(keys).Distinct());
        }

        return new Lookup(byPrefix.Select(c => c.Id).Union(byWords), inNameOrder);
    }

    /// <summary>The keys one searched word matches: its variants, and when <paramref name="partial"/> any key it starts.</summary>
    private static WordMatch KeyMatches(string word, bool partial)
    {
        var variants = NameVariants.Of(word).ToList();
        Expression<Func<ContactSearchKey, bool>> exact = k => variants.Contains(k.Key);
        if (!partial)
        {
            return new WordMatch(word, variants, exact);
        }

        var starts = PrefixRange.StartsWith<ContactSearchKey>(k => k.Key, word);
        var body = Expression.OrElse(exact.Body, ReplacingExpressionVisitor.Replace(starts.Parameters[0], exact.Parameters[0], starts.Body));
        return new WordMatch(word, variants, Expression.Lambda<Func<ContactSearchKey, bool>>(body, exact.Parameters));
    }

    private sealed record WordMatch(string Word, IReadOnlyList<string> Variants, Expression<Func<ContactSearchKey, bool>> Predicate);

    /// <summary>One kind of lookup: its matching ids, and its matches as one or more queries each in name order.</summary>
    private sealed record Lookup(IQueryable<Guid> Ids, IReadOnlyList<IQueryable<NamedMatch>> InNameOrder);

    /// <summary>A matching contact with its place in the name order.</summary>
    private sealed class NamedMatch
    {
        public string NameKey { get; init; } = string.Empty;

        public Guid Id { get; init; }
    }
}
