using ContactHub.Common;

namespace ContactHub.Contacts.ContactPoints.Phones;

/// <summary>
/// A phone number validated against libphonenumber's numbering plans and normalised to E.164.
/// Validation checks the length and the general number pattern of the region, not whether the
/// number is assigned, so it catches typos without rejecting new number ranges.
/// </summary>
/// <param name="Raw">The input as written (trimmed).</param>
/// <param name="E164">"+" followed by country calling code and national number, e.g. "+41446681800".</param>
/// <param name="Extension">Extension digits, without the marker ("ext.", "x", "#", ";ext=").</param>
/// <param name="Region">ISO 3166 alpha-2 region, or "001" for non-geographic codes such as +800.</param>
public sealed record PhoneNumber(string Raw, string E164, string? Extension, string Region)
{
    /// <summary>Parses a number; <paramref name="defaultRegion"/> applies to numbers written without country code.</summary>
    /// <exception cref="FieldValueException">The number is empty, malformed or not valid.</exception>
    public static PhoneNumber Parse(string? raw, string? defaultRegion)
    {
        var input = PhoneInput.Read(raw);
        var metadata = PhoneMetadata.Instance;
        var home = metadata.FindRegion(defaultRegion);
        var digits = input.Digits;

        if (input.HasPlus)
        {
            return Build(input, FromInternational(digits, home));
        }

        if (home is not null && AfterInternationalPrefix(home, digits) is { } dialled)
        {
            return Build(input, FromInternational(dialled, home));
        }

        if (home is null)
        {
            if (string.IsNullOrWhiteSpace(defaultRegion))
            {
                // Without a home region, "00" and "011" are the international prefixes most of the world dials.
                return AfterCommonInternationalPrefix(digits) is { } rest
                    ? Build(input, FromInternational(rest, null))
                    : throw new FieldValueException("Phone number has no country code and no default country is set.");
            }

            throw new FieldValueException($"Default country '{defaultRegion.Trim()}' is not known.");
        }

        var national = FromNational(digits, home);
        if (national.Error is not null && AfterCommonInternationalPrefix(digits) is { } other)
        {
            // Imports mix sources: a US-style "011 41 ..." among Swiss numbers is still unambiguous.
            var international = FromInternational(other, home);
            if (international.Error is null)
            {
                return Build(input, international);
            }
        }

        return Build(input, national);
    }

    /// <summary>International notation with the region's usual grouping, e.g. "+41 44 668 18 00".</summary>
    public string FormatInternational()
    {
        var text = FormatDigits();
        return Extension is null ? text : $"{text} ext. {Extension}";
    }

    public override string ToString() => E164;

    private string FormatDigits()
    {
        // Records can be built directly, so only format what is consistent with the metadata.
        if (!E164.StartsWith('+')
            || !PhoneMetadata.Instance.TryReadCallingCode(E164[1..], out var regions, out var length))
        {
            return E164;
        }

        var callingCode = E164.Substring(1, length);
        var nationalNumber = E164[(1 + length)..];
        var region = regions.FirstOrDefault(r => r.Code == Region) ?? regions[0];
        var formats = region.Formats ?? regions[0].Formats ?? [];
        foreach (var format in formats)
        {
            if (format.Fits(nationalNumber))
            {
                return $"+{callingCode} {format.Pattern.Replace(nationalNumber, format.Template)}";
            }
        }

        return $"+{callingCode} {nationalNumber}";
    }

    private static PhoneNumber Build(PhoneInput input, Candidate candidate) =>
        candidate.Error is not null
            ? throw new FieldValueException(candidate.Error)
            : new PhoneNumber(input.Raw, candidate.E164!, input.Extension, candidate.Region!);

    private static string? AfterInternationalPrefix(PhoneRegion home, string digits)
    {
        var match = home.InternationalPrefix?.Match(digits);
        // Calling codes never start with 0, so "00" followed by "0..." is a national number.
        return match is { Success: true } && match.Length < digits.Length && digits[match.Length] != '0'
            ? digits[match.Length..]
            : null;
    }

    private static string? AfterCommonInternationalPrefix(string digits)
    {
        var length = digits.StartsWith("00", StringComparison.Ordinal) ? 2
            : digits.StartsWith("011", StringComparison.Ordinal) ? 3
            : 0;
        return length > 0 && length < digits.Length && digits[length] != '0' ? digits[length..] : null;
    }

    private static Candidate FromInternational(string digits, PhoneRegion? home)
    {
        if (!PhoneMetadata.Instance.TryReadCallingCode(digits, out var regions, out var length))
        {
            return Candidate.Fail("Phone number has an unknown country code.");
        }

        // "+41 (0)44 ..." carries the trunk prefix people are used to dialling at home.
        var nationalNumber = StripNationalPrefix(regions[0], digits[length..]);
        return Validate(regions, nationalNumber, home);
    }

    private static Candidate FromNational(string digits, PhoneRegion home)
    {
        var regions = RegionsOf(home);

        // Spreadsheets drop the "+", leaving "41446681800": take the home calling code as given when
        // the digits only make sense that way, as libphonenumber does.
        if (digits.StartsWith(home.CallingCode, StringComparison.Ordinal))
        {
            var rest = StripNationalPrefix(home, digits[home.CallingCode.Length..]);
            if ((!home.NationalPattern.IsMatch(digits) && home.NationalPattern.IsMatch(rest))
                || digits.Length > home.MaxLength)
            {
                return Validate(regions, rest, home);
            }
        }

        return Validate(regions, StripNationalPrefix(home, digits), home);
    }

    private static PhoneRegion[] RegionsOf(PhoneRegion region) =>
        PhoneMetadata.Instance.TryReadCallingCode(region.CallingCode, out var regions, out _) ? regions : [region];

    /// <summary>
    /// Removes a trunk prefix ("0", "1", "8", ...) or applies the region's rewrite of it, unless
    /// that would turn a number that fits the plan into one that does not.
    /// </summary>
    private static string StripNationalPrefix(PhoneRegion region, string number)
    {
        var match = region.NationalPrefixForParsing?.Match(number);
        if (match is not { Success: true })
        {
            return number;
        }

        var lastGroup = match.Groups[match.Groups.Count - 1];
        var candidate = region.NationalPrefixTransform is { } transform && lastGroup.Success
            ? match.Result(transform) + number[match.Length..]
            : number[match.Length..];

        if (region.NationalPattern.IsMatch(number) && !region.NationalPattern.IsMatch(candidate))
        {
            return number;
        }

        // A strip that leaves too few digits was not a trunk prefix but part of the number.
        return candidate.Length < region.MinLength
            || (candidate.Length <= region.MaxLength && !region.HasPossibleLength(candidate.Length))
            ? number
            : candidate;
    }

    private static Candidate Validate(PhoneRegion[] regions, string nationalNumber, PhoneRegion? preferred)
    {
        var region = PickRegion(regions, nationalNumber, preferred);
        var name = region.Code == PhoneRegion.NonGeographic ? "+" + region.CallingCode : region.Code;
        if (nationalNumber.Length < region.MinLength)
        {
            return Candidate.Fail($"Phone number is too short for {name}.");
        }

        if (nationalNumber.Length > region.MaxLength)
        {
            return Candidate.Fail($"Phone number is too long for {name}.");
        }

        if (!region.HasPossibleLength(nationalNumber.Length) || !region.NationalPattern.IsMatch(nationalNumber))
        {
            return Candidate.Fail($"Phone number is not valid for {name}.");
        }

        return new Candidate($"+{region.CallingCode}{nationalNumber}", region.Code, null);
    }

    /// <summary>
    /// Among regions sharing a calling code, the default region wins if the number is one of its own,
    /// then the first that claims it, then the code's main region (which holds the general plan).
    /// </summary>
    private static PhoneRegion PickRegion(PhoneRegion[] regions, string nationalNumber, PhoneRegion? preferred)
    {
        if (regions.Length == 1)
        {
            return regions[0];
        }

        if (preferred is not null && Array.IndexOf(regions, preferred) >= 0 && preferred.Claims(nationalNumber))
        {
            return preferred;
        }

        return Array.Find(regions, r => r.Claims(nationalNumber)) ?? regions[0];
    }

    private readonly record struct Candidate(string? E164, string? Region, string? Error)
    {
        public static Candidate Fail(string error) => new(null, null, error);
    }
}
