using ContactHub.Common;

namespace ContactHub.NameDays;

/// <summary>
/// Finds a person's name day from the rules: the whole first name first ("Anna-Lena" may be a rule name of its
/// own), then each part of a compound first name in order ("Anna-Lena" → Anna, then Lena). Case and accents do not
/// matter ("JOSÉ" meets "Jose"). No match is no name day; the caller then leaves the contact as it is.
/// </summary>
public sealed class NameDayMatcher
{
    private static readonly char[] PartSeparators = ['-', ' ', '\u2010', '\u2011'];

    private readonly Dictionary<string, string> _dayByName = new(StringComparer.Ordinal);

    /// <param name="rules">Each day ("MM-DD") with its names. The definition guarantees a name is on one day; if not, the first day wins.</param>
    public NameDayMatcher(IEnumerable<(string Day, IReadOnlyList<string> Names)> rules)
    {
        foreach (var (day, names) in rules)
        {
            foreach (var name in names)
            {
                _dayByName.TryAdd(TextNormalizer.Fold(name), day);
            }
        }
    }

    public bool IsEmpty => _dayByName.Count == 0;

    /// <summary>The name day ("MM-DD") for <paramref name="firstName"/>, or null when no rule celebrates it.</summary>
    public string? Find(string? firstName)
    {
        var folded = TextNormalizer.Fold(firstName);
        if (folded.Length == 0)
        {
            return null;
        }

        if (_dayByName.TryGetValue(folded, out var day))
        {
            return day;
        }

        foreach (var part in folded.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (_dayByName.TryGetValue(part, out day))
            {
                return day;
            }
        }

        return null;
    }
}
