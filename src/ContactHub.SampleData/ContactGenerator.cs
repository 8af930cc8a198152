using Bogus;
using ContactHub.Contacts;

namespace ContactHub.SampleData;

/// <summary>
/// Deterministic, realistic contacts for the demo organisation, the tests and the benchmarks: persons and
/// companies in several countries, names with accents and hyphens, national phone formats, 1–3 e-mails,
/// 1–2 addresses and categories, allowed and preferred channels, direct-marketing consents (<see cref="ConsentsOf"/>),
/// and ~5 % near-duplicates of recent contacts (see <see cref="NearDuplicate"/>).
/// The same seed always gives the same contacts.
/// </summary>
public sealed partial class ContactGenerator(int seed = 20261122)
{
    // Phone formats stay inside ranges the numbering plans assign, which the import validates: not Ofcom's 07700 900
    // (reserved for drama, rejected by libphonenumber) nor France's unassigned mobile ranges (063x, 069x).
    private static readonly CountryProfile[] Countries =
    [
        new("CH", "de_CH", "de-CH", ["079 ### ## ##", "044 ### ## ##", "078 ### ## ##"], "####", ["Zürich", "Genève", "Basel", "Lausanne", "Bern", "Luzern"]),
        new("DE", "de", "de-DE", ["0151 ########", "030 ########", "0171 #######"], "#####", ["Berlin", "München", "Köln", "Düsseldorf", "Hamburg"]),
        new("FR", "fr", "fr-FR", ["06 1# ## ## ##", "01 ## ## ## ##"], "75###", ["Paris", "Lyon", "Marseille", "Besançon", "Nîmes"]),
        new("GB", "en_GB", "en-GB", ["07400 9#####", "020 7### ####"], "SW1A #AA", ["London", "Manchester", "Leeds", "Bristol"]),
        new("US", "en_US", "en-US", ["(212) 555-0###", "(415) 555-0###"], "1####", ["New York", "San Francisco", "Austin", "Chicago"]),
        new("IT", "it", "it-IT", ["347 #######", "06 ########"], "00###", ["Roma", "Milano", "Torino", "Napoli"]),
    ];

    // Entries of the definition's default lists, so generated contacts pass the managed-list checks.
    private static readonly string[] CategoryNames = ["VIP", "Press", "Partner", "Customer", "Supplier", "Donor", "Prospect"];
    private static readonly string[] Industries = ["energy", "manufacturing", "law", "marketing", "telecommunications", "software", "retail", "banking", "insurance", "health"];
    private static readonly string[] EmailTypes = ["work", "private", "other"];
    private static readonly string[] PhoneTypes = ["mobile", "work"];
    private static readonly string[] AddressTypes = ["home", "billing"];

    private readonly int _seed = seed;
    private readonly Randomizer _random = new(seed);
    private readonly Dictionary<string, Faker> _fakers = Countries.ToDictionary(c => c.Code, c => new Faker(c.Locale) { Random = new Randomizer(StableHash(seed, c.Code)) });

    public IEnumerable<ContactRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i);
        }
    }

    public ContactRequest Next(int index)
    {
        var reference = $"C-{index + 1:D7}";
        if (CanDuplicate && _random.Bool(NearDuplicateShare))
        {
            return NearDuplicate(reference);
        }

        var request = WithChannels(Original(reference));
        Remember(request);
        return request;
    }

    private ContactRequest Original(string reference)
    {
        var country = _random.ArrayElement(Countries);
        var faker = _fakers[country.Code];
        var isCompany = _random.Number(0, 9) < 2;
        var categories = _random.Bool(0.4f) ? _random.ArrayElements(CategoryNames, _random.Number(1, 2)) : null;
        return isCompany ? Company(faker, country, reference, categories) : Person(faker, country, reference, categories);
    }

    private ContactRequest Person(Faker faker, CountryProfile country, string reference, string[]? categories)
    {
        var female = _random.Bool();
        var first = faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
        var last = _random.Bool(0.08f) ? $"{faker.Name.LastName()}-{faker.Name.LastName()}" : faker.Name.LastName();
        return new ContactRequest
        {
            Kind = ContactKind.Person,
            Title = _random.Bool(0.1f) ? "Dr." : null,
            FirstName = first,
            LastName = last,
            Gender = female ? Gender.Female : Gender.Male,
            DateOfBirth = _random.Bool(0.7f) ? DateOnly.FromDateTime(faker.Date.Between(new DateTime(1940, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2006, 12, 31, 0, 0, 0, DateTimeKind.Utc))) : null,
            CountryOfResidence = country.Code,
            PreferredLanguage = country.Language,
            ReferenceCode = reference,
            Categories = categories,
            Emails = Emails(faker, first, last),
            Phones = Phones(country),
            Addresses = Addresses(faker, country),
        };
    }

    private ContactRequest Company(Faker faker, CountryProfile country, string reference, string[]? categories)
    {
        var name = faker.Company.CompanyName();
        return new ContactRequest
        {
            Kind = ContactKind.Company,
            CompanyName = name,
            Industry = _random.ArrayElement(Industries),
            Employees = _random.Number(1, 5000),
            EstablishedOn = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1950, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2022, 12, 31, 0, 0, 0, DateTimeKind.Utc))),
            CountryOfResidence = country.Code,
            PreferredLanguage = country.Language,
            ReferenceCode = reference,
            Categories = categories,
            Emails = [new EmailRequest("work", $"info@{Slug(name)}.example")],
            Phones = Phones(country),
            Addresses = Addresses(faker, country),
        };
    }

    private EmailRequest[] Emails(Faker faker, string first, string last) =>
        [.. EmailTypes.Take(_random.Number(1, 3)).Select((type, i) =>
            new EmailRequest(type, $"{Slug(first)}.{Slug(last)}{(i == 0 ? string.Empty : i.ToString(System.Globalization.CultureInfo.InvariantCulture))}@{faker.PickRandom("example.com", "example.org", "example.net", "beispiel.example")}"))];

    private PhoneRequest[] Phones(CountryProfile country) =>
        [.. PhoneTypes.Take(_random.Number(0, 2)).Select(type => new PhoneRequest(type, _random.Replace(_random.ArrayElement(country.PhoneFormats))))];

    private AddressRequest[] Addresses(Faker faker, CountryProfile country) =>
        [.. AddressTypes.Take(_random.Number(1, 2)).Select(type =>
            new AddressRequest(type, faker.Address.StreetAddress(), null, _random.Replace(country.PostalFormat), _random.ArrayElement(country.Cities), null, country.Code))];

    // Mail addresses are ASCII in practice even when the name is not: "Jürg Müller-Lüdi" → "jurg.muller-ludi".
    private static string Slug(string text) =>
        new([.. Common.TextNormalizer.Fold(text).Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);

    // string.GetHashCode differs from one process to the next; the same seed must give the same contacts in every run.
    private static int StableHash(int seed, string key)
    {
        var hash = seed;
        foreach (var c in key)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private sealed record CountryProfile(string Code, string Locale, string Language, string[] PhoneFormats, string PostalFormat, string[] Cities);
}
