using System.Text.Json;
using ContactHub.Common;

namespace ContactHub.Contacts.Uniqueness;

/// <summary>
/// One kind's uniqueness rule: an OR of AND-groups of fields, e.g. (lastName AND idNumber) OR socialSecurityNumber.
/// Two contacts of the kind may not share all the values of any one group. Every field named becomes mandatory.
/// </summary>
public sealed record UniquenessRules(IReadOnlyList<IReadOnlyList<string>> Groups)
{
    public static readonly UniquenessRules None = new([]);

    /// <summary>The fields a rule may name, per kind of contact.</summary>
    public static IReadOnlySet<string> FieldsFor(ContactKind kind) => kind == ContactKind.Person ? PersonFields : CompanyFields;

    private static readonly HashSet<string> PersonFields =
        ["firstName", "middleName", "lastName", "dateOfBirth", "idNumber", "passportNumber", "socialSecurityNumber", "referenceCode", "email", "phone"];

    private static readonly HashSet<string> CompanyFields =
        ["companyName", "vatNumber", "taxReference", "registrationDetails", "referenceCode", "email", "phone"];

    public IEnumerable<string> MandatoryFields => Groups.SelectMany(g => g).Distinct(StringComparer.Ordinal);

    /// <summary>"(lastName AND idNumber) OR socialSecurityNumber" — how operators read a rule.</summary>
    public static string Describe(IReadOnlyList<string> group) =>
        group.Count == 1 ? group[0] : "(" + string.Join(" AND ", group) + ")";

    public static UniquenessRules Parse(IReadOnlyList<IReadOnlyList<string>>? groups, ContactKind kind, string field, ValidationErrors errors)
    {
        var allowed = FieldsFor(kind);
        var result = new List<IReadOnlyList<string>>();
        foreach (var (group, i) in (groups ?? []).Select((g, i) => (g, i)))
        {
            if (group is null || group.Count == 0)
            {
                errors.Add($"{field}[{i}]", "A group needs at least one field.");
                continue;
            }

            foreach (var unknown in group.Where(f => !allowed.Contains(f ?? string.Empty)))
            {
                errors.Add($"{field}[{i}]", $"'{unknown}' cannot be part of a {kind.ToString().ToLowerInvariant()} uniqueness rule; use one of: {string.Join(", ", allowed.Order())}.");
            }

            result.Add([.. group.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        }

        return new UniquenessRules(result.DistinctBy(g => string.Join('+', g)).ToList());
    }

    public string ToJson() => JsonSerializer.Serialize(Groups);

    public static UniquenessRules FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? None : new(JsonSerializer.Deserialize<List<List<string>>>(json)!.Select(g => (IReadOnlyList<string>)g).ToList());
}
