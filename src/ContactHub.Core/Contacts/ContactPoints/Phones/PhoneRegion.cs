using System.Text.RegularExpressions;

namespace ContactHub.Contacts.ContactPoints.Phones;

/// <summary>
/// The numbering plan of one region. Patterns are compiled on first use, so a process that only
/// ever sees a handful of countries never pays for the other two hundred and fifty.
/// </summary>
internal sealed class PhoneRegion
{
    /// <summary>Region code used for non-geographic calling codes such as +800, as libphonenumber does.</summary>
    public const string NonGeographic = "001";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly PhoneMetadataFile.Region _data;

    public PhoneRegion(string code, PhoneMetadataFile.Region data)
    {
        Code = code;
        _data = data;
        CallingCode = data.CallingCode;
        PossibleLengths = [.. data.PossibleLengths.Order()];
        if (PossibleLengths.Length == 0)
        {
            throw new InvalidDataException($"Phone metadata for {code} has no possible lengths.");
        }
    }

    public string Code { get; }

    public string CallingCode { get; }

    public int[] PossibleLengths { get; }

    public int MinLength => PossibleLengths[0];

    public int MaxLength => PossibleLengths[^1];

    // Races below only ever compile the same pattern twice; the last writer wins, harmlessly.
    public Regex? InternationalPrefix =>
        _data.InternationalPrefix is null ? null : (field ??= Prefix(_data.InternationalPrefix));

    /// <summary>Falls back to the plain national prefix, as libphonenumber does when none is given.</summary>
    public Regex? NationalPrefixForParsing =>
        (_data.NationalPrefixForParsing ?? _data.NationalPrefix) is { } p ? (field ??= Prefix(p)) : null;

    public string? NationalPrefixTransform => _data.NationalPrefixTransform;

    public Regex NationalPattern => field ??= Whole(_data.Pattern);

    public IReadOnlyList<PhoneFormat>? Formats => _data.Formats is null ? null
        : (field ??= [.. _data.Formats.Select(f => new PhoneFormat(Whole(f[0]), f[1], f.Length > 2 ? Prefix(f[2]) : null))]);

    private Regex? LeadingDigits => _data.LeadingDigits is null ? null : (field ??= Prefix(_data.LeadingDigits));

    private Regex? ValidPattern => _data.ValidPattern is null ? null : (field ??= Whole(_data.ValidPattern));

    /// <summary>
    /// Whether a number of this region's calling code belongs to this region rather than another one
    /// sharing the code (US and CA, GB and JE, RU and KZ). Only such regions carry the data for it.
    /// </summary>
    public bool Claims(string nationalNumber) =>
        LeadingDigits?.IsMatch(nationalNumber) == true || ValidPattern?.IsMatch(nationalNumber) == true;

    public bool HasPossibleLength(int length) => Array.BinarySearch(PossibleLengths, length) >= 0;

    private static Regex Prefix(string pattern) => Compile(@"\A(?:" + pattern + ")");

    private static Regex Whole(string pattern) => Compile(@"\A(?:" + pattern + @")\z");

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
}

/// <summary>One international display format: the digits' grouping and the template to print them with.</summary>
internal sealed record PhoneFormat(Regex Pattern, string Template, Regex? LeadingDigits)
{
    public bool Fits(string nationalNumber) =>
        LeadingDigits?.IsMatch(nationalNumber) != false && Pattern.IsMatch(nationalNumber);
}
