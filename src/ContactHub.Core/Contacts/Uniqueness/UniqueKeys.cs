using System.Globalization;
using ContactHub.Common;

namespace ContactHub.Contacts.Uniqueness;

/// <summary>
/// Computes a contact's unique keys under a rule: per group, the normalised values (case, accents and spacing
/// folded; e-mails lower-case with ASCII domain; phones E.164) hashed together under the definition's secret. A group with an e-mail or phone
/// yields one key per active address or number. A group with an empty field yields no key (the field is then
/// reported as mandatory instead).
/// </summary>
public static class UniqueKeys
{
    public static string RuleName(ContactKind kind, IReadOnlyList<string> group) =>
        kind.ToString().ToLowerInvariant() + ":" + string.Join('+', group);

    internal static IEnumerable<(string Rule, string Value)> Compute(Contact contact, UniquenessRules rules, UniqueKeyHasher hasher)
    {
        foreach (var group in rules.Groups)
        {
            var combinations = new List<string> { string.Empty };
            foreach (var field in group)
            {
                var values = ValuesOf(contact, field).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                combinations = [.. combinations.SelectMany(prefix => values.Select(v => prefix + v + "\u001f"))];
            }

            foreach (var combination in combinations.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal))
            {
                yield return (RuleName(contact.Kind, group), hasher.Hash(combination));
            }
        }
    }

    /// <summary>The rule fields the contact has no value for.</summary>
    public static IEnumerable<string> MissingFields(Contact contact, UniquenessRules rules) =>
        rules.MandatoryFields.Where(f => !ValuesOf(contact, f).Any(v => v.Length > 0));

    private static IEnumerable<string> ValuesOf(Contact c, string field) => field switch
    {
        "email" => c.Emails.Where(e => e.IsActive).Select(e => e.Normalized),
        "phone" => c.Phones.Where(p => p.IsActive).Select(p => p.E164),
        "dateOfBirth" => [c.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty],
        _ => [TextNormalizer.Fold(TextOf(c, field))],
    };

    private static string? TextOf(Contact c, string field) => field switch
    {
        "firstName" => c.FirstName,
        "middleName" => c.MiddleName,
        "lastName" => c.LastName,
        "idNumber" => c.IdNumber,
        "passportNumber" => c.PassportNumber,
        "socialSecurityNumber" => c.SocialSecurityNumber,
        "referenceCode" => c.ReferenceCode,
        "companyName" => c.CompanyName,
        "vatNumber" => c.VatNumber,
        "taxReference" => c.TaxReference,
        "registrationDetails" => c.RegistrationDetails,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a uniqueness field."),
    };
}
