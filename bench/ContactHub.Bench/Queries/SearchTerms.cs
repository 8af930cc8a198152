using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Bench.Queries;

/// <summary>
/// What operators type into the quick search, made from random stored rows so that every term has a contact to find:
/// a surname with two letters swapped, a full name without its accents, the start of an address, the trailing
/// digits of a number, a reference code.
/// </summary>
internal sealed class SearchTerms(AppDbContext db, int samples)
{
    /// <summary>The first four letters of folded names, as the name filter and the list page's search get them.</summary>
    public Task<List<string>> NamePrefixesAsync() => SampleAsync(db.Contacts.Select(c => c.NameKey), n => n.Length >= 4 ? n[..4] : n);

    public async Task<List<string>> SurnamesWithATypoAsync() =>
        [.. (await RandomPersonsAsync(samples * 4)).Select(p => WithATypo(p.LastName!)).OfType<string>().Take(samples)];

    public async Task<List<string>> FullNamesWithATypoAsync() =>
        [.. (await RandomPersonsAsync(samples * 4)).Where(p => p.FirstName is not null)
            .Select(p => WithATypo(p.LastName!) is { } last ? $"{p.FirstName} {last}" : null).OfType<string>().Take(samples)];

    public async Task<List<string>> AccentFreeNamesAsync() =>
        [.. (await RandomPersonsAsync(samples * 40))
            .Select(p => $"{p.FirstName} {p.LastName}".Trim())
            .Where(name => name.Any(c => c > '\u007f'))
            .Select(TextNormalizer.Fold)
            .Take(samples)];

    public Task<List<string>> EmailPrefixesAsync() =>
        SampleAsync(db.ContactEmails.Select(e => e.Normalized), e => e[..Math.Min(e.Length, e.IndexOf('@') + 3)]);

    public Task<List<string>> PhoneEndingsAsync() =>
        SampleAsync(db.ContactPhones.Select(p => p.E164), p => p.Length > 9 ? $"{p[^9..^6]} {p[^6..^3]} {p[^3..]}" : p);

    public Task<List<string>> ReferenceCodesAsync() =>
        SampleAsync(db.Contacts.Where(c => c.ReferenceCode != null).Select(c => c.ReferenceCode!), r => r);

    /// <summary>Swaps the two letters in the middle of the name, or leaves the second out where they are the same.</summary>
    private static string? WithATypo(string name)
    {
        var middle = name.Length / 2;
        if (name.Length < 5 || !char.IsLetter(name[middle - 1]) || !char.IsLetter(name[middle]))
        {
            return null;
        }

        return name[middle - 1] == name[middle]
            ? name.Remove(middle, 1)
            : string.Concat(name.AsSpan(0, middle - 1), [name[middle], name[middle - 1]], name.AsSpan(middle + 1));
    }

    private async Task<List<(string? FirstName, string? LastName)>> RandomPersonsAsync(int count) =>
        [.. (await db.Contacts.Where(c => c.Kind == ContactKind.Person && c.LastName != null)
            .OrderBy(_ => EF.Functions.Random()).Take(count).Select(c => new { c.FirstName, c.LastName }).ToListAsync())
            .Select(p => (p.FirstName, p.LastName))];

    private async Task<List<string>> SampleAsync(IQueryable<string> values, Func<string, string> term) =>
        [.. (await values.OrderBy(_ => EF.Functions.Random()).Take(samples).ToListAsync()).Select(term)];
}
