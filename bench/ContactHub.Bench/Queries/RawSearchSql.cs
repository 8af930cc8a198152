using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Listing;
using ContactHub.Contacts.Search;

namespace ContactHub.Bench.Queries;

/// <summary>
/// The quick search written by hand: the same index lookups <see cref="QuickSearch"/> makes for a term (e-mail
/// prefix, reversed phone digits, folded-name prefix, one key set per word, reference code) in one statement for the
/// matching ids, then the first page of those contacts with the columns and order the API returns.
/// </summary>
internal static class RawSearchSql
{
    public static (string Sql, (string Name, object Value)[] Parameters) For(string term, Guid organisationId)
    {
        var text = term.Trim();
        var parameters = new List<(string, object)> { ("o", organisationId), ("t", text) };
        var matches = new List<string>();
        string Param(string name, object value)
        {
            parameters.Add((name, value));
            return "@" + name;
        }

        // A prefix as the key range the service asks for (see PrefixRange); the sampled terms never end in a surrogate.
        string Range(string column, string name, string prefix) =>
            $"\"{column}\" >= {Param(name, prefix)} AND \"{column}\" < {Param(name + "_to", prefix[..^1] + (char)(prefix[^1] + 1))}";

        string Email() =>
            $"""SELECT "ContactId" FROM "ContactEmails" WHERE "OrganisationId" = @o AND {Range("Normalized", "e", text.ToLowerInvariant())}""";
        const string reference = """SELECT "Id" FROM "Contacts" WHERE "OrganisationId" = @o AND "ReferenceCode" = @t""";

        if (text.Contains('@', StringComparison.Ordinal))
        {
            matches.Add(Email());
        }
        else if (QuickSearch.PhoneDigits(text) is { } digits)
        {
            matches.Add($"""SELECT "ContactId" FROM "ContactPhones" WHERE "OrganisationId" = @o AND {Range("ReversedDigits", "r", ContactPhone.Reverse(digits))}""");
            matches.Add(reference);
        }
        else
        {
            var folded = TextNormalizer.Fold(text);
            matches.Add($"""SELECT "Id" FROM "Contacts" WHERE "OrganisationId" = @o AND {Range("NameKey", "n", folded)}""");
            var words = NameVariants.Words(folded);
            if (words.Count > 0)
            {
                matches.Add(string.Join(" INTERSECT ", words.Select((word, w) =>
                    $"""SELECT "ContactId" FROM "ContactSearchKeys" WHERE "OrganisationId" = @o AND "Key" IN ({string.Join(", ", NameVariants.Of(word).Select((key, k) => Param($"k{w}_{k}", key)))})""")));
            }

            matches.Add(reference);
            if (!text.Any(char.IsWhiteSpace))
            {
                matches.Add(Email());
            }
        }

        // As the service does: the ids first (at most one more than it lists by id), then the page of those ids.
        var sql = $"""SELECT ids.* FROM ({string.Join(" UNION ", matches.Select((m, i) => $"SELECT * FROM ({m}) AS m{i}"))}) AS ids ORDER BY 1 LIMIT 1001""";
        return (sql, [.. parameters]);
    }

    public static string PageOf(int ids) => $"""
        SELECT c."Id", c."Kind", c."FirstName", c."MiddleName", c."LastName", c."CompanyName", c."ReferenceCode",
               (SELECT e."Address" FROM "ContactEmails" e WHERE e."ContactId" = c."Id" AND e."IsActive" ORDER BY e."Id" LIMIT 1),
               c."Version", c."UpdatedAt"
        FROM "Contacts" c
        WHERE c."OrganisationId" = @o AND c."Id" IN ({string.Join(", ", Enumerable.Range(0, Math.Max(ids, 1)).Select(i => "@i" + i))})
        ORDER BY c."Id" LIMIT 51
        """;
}
