namespace ContactHub.Contacts.Search;

/// <summary>
/// Typo tolerance by deletion neighbourhoods: a word stands for itself and for every spelling of it with one letter
/// left out. Two words one edit apart (a letter wrong, missing or extra, or two neighbours swapped) then share at
/// least one variant, so an index lookup of the searched word's variants finds the stored name without comparing it
/// to every name. The same functions make the stored keys and the searched ones, so both sides always agree.
/// </summary>
public static class NameVariants
{
    /// <summary>Shorter words are not keys at all: "de", "von", initials would each match a large part of the list.</summary>
    public const int MinWordLength = 3;

    /// <summary>From this length a word also gets its one-letter-less variants; in shorter words one letter is too much.</summary>
    public const int MinTolerantLength = 4;

    /// <summary>The words of a folded name (see <see cref="Common.TextNormalizer.Fold"/>): split at anything not a letter or digit.</summary>
    public static IReadOnlyList<string> Words(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= MinWordLength)
                {
                    words.Add(folded[start..i]);
                }

                start = -1;
            }
        }

        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The word itself and, from <see cref="MinTolerantLength"/> letters, the word with each letter left out.</summary>
    public static HashSet<string> Of(string word)
    {
        var variants = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word.Length < MinTolerantLength)
        {
            return variants;
        }

        for (var i = 0; i < word.Length; i++)
        {
            // Half of a surrogate pair is not text; a letter outside the basic plane just has no variant without it.
            if (!char.IsSurrogate(word[i]))
            {
                variants.Add(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1)));
            }
        }

        return variants;
    }

    /// <summary>Every key a folded name is stored under: the variants of all its words.</summary>
    public static HashSet<string> KeysOf(string folded)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(folded))
        {
            keys.UnionWith(Of(word));
        }

        return keys;
    }
}
