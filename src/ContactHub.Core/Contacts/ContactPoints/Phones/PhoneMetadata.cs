using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Contacts.ContactPoints.Phones;

/// <summary>
/// Numbering plans of all regions, read once from the embedded phone-metadata.json (generated from
/// libphonenumber's data by tools/phone-metadata/build.mjs).
/// </summary>
internal sealed class PhoneMetadata
{
    private const string ResourceName = "ContactHub.phone-metadata.json";

    // Calling codes are 1 to 3 digits, so an array indexed by the code beats hashing substrings.
    private const int CallingCodeLimit = 1000;

    private static readonly Lazy<PhoneMetadata> Loaded = new(Load);

    private readonly FrozenDictionary<string, PhoneRegion> _regions;
    private readonly FrozenDictionary<string, PhoneRegion>.AlternateLookup<ReadOnlySpan<char>> _regionsBySpan;
    private readonly PhoneRegion[]?[] _byCallingCode = new PhoneRegion[]?[CallingCodeLimit];

    private PhoneMetadata(PhoneMetadataFile file)
    {
        var regions = file.Regions.ToDictionary(r => r.Key, r => new PhoneRegion(r.Key, r.Value), StringComparer.Ordinal);
        foreach (var (code, members) in file.CallingCodes)
        {
            _byCallingCode[ParseCallingCode(code)] = [.. members.Select(m => regions[m])];
        }

        foreach (var (code, data) in file.NonGeographic)
        {
            _byCallingCode[ParseCallingCode(code)] = [new PhoneRegion(PhoneRegion.NonGeographic, data)];
        }

        _regions = regions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _regionsBySpan = _regions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PhoneMetadata Instance => Loaded.Value;

    public IEnumerable<PhoneRegion> AllRegions => _byCallingCode.Where(r => r is not null).SelectMany(r => r!);

    /// <summary>A geographic region by its ISO 3166 alpha-2 code, ignoring case and surrounding blanks.</summary>
    public PhoneRegion? FindRegion(string? code) =>
        code is not null && _regionsBySpan.TryGetValue(code.AsSpan().Trim(), out var region) ? region : null;

    /// <summary>
    /// Reads the calling code at the start of <paramref name="digits"/>. No code is a prefix of
    /// another, so the first hit is the only one.
    /// </summary>
    public bool TryReadCallingCode(string digits, out PhoneRegion[] regions, out int length)
    {
        var value = 0;
        for (length = 1; length <= 3 && length <= digits.Length && char.IsAsciiDigit(digits[length - 1]); length++)
        {
            value = (value * 10) + (digits[length - 1] - '0');
            if (value == 0)
            {
                break;
            }

            if (_byCallingCode[value] is { } found)
            {
                regions = found;
                return true;
            }
        }

        regions = [];
        length = 0;
        return false;
    }

    private static int ParseCallingCode(string code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < CallingCodeLimit
            ? value
            : throw new InvalidDataException($"Phone metadata has an invalid calling code '{code}'.");

    private static PhoneMetadata Load()
    {
        using var stream = typeof(PhoneMetadata).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<PhoneMetadataFile>(stream)
            ?? throw new InvalidDataException($"Embedded resource {ResourceName} is empty.");
        return new PhoneMetadata(file);
    }
}

/// <summary>The shape of phone-metadata.json; the short names keep the embedded file small.</summary>
internal sealed class PhoneMetadataFile
{
    [JsonPropertyName("callingCodes")]
    public required Dictionary<string, string[]> CallingCodes { get; init; }

    [JsonPropertyName("regions")]
    public required Dictionary<string, Region> Regions { get; init; }

    [JsonPropertyName("nonGeographic")]
    public required Dictionary<string, Region> NonGeographic { get; init; }

    internal sealed class Region
    {
        [JsonPropertyName("cc")]
        public required string CallingCode { get; init; }

        [JsonPropertyName("idd")]
        public string? InternationalPrefix { get; init; }

        [JsonPropertyName("np")]
        public string? NationalPrefix { get; init; }

        [JsonPropertyName("npp")]
        public string? NationalPrefixForParsing { get; init; }

        [JsonPropertyName("npt")]
        public string? NationalPrefixTransform { get; init; }

        [JsonPropertyName("len")]
        public required int[] PossibleLengths { get; init; }

        [JsonPropertyName("pattern")]
        public required string Pattern { get; init; }

        [JsonPropertyName("lead")]
        public string? LeadingDigits { get; init; }

        [JsonPropertyName("valid")]
        public string? ValidPattern { get; init; }

        /// <summary>Each entry: grouping pattern, international template, optional leading-digits pattern.</summary>
        [JsonPropertyName("formats")]
        public string[][]? Formats { get; init; }
    }
}
