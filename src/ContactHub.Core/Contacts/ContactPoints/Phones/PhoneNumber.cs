using System.Collections.Frozen;
using System.Globalization;
using ContactHub.Common;
using PhoneNumbers;
using Lib = PhoneNumbers;

namespace ContactHub.Contacts.ContactPoints.Phones;

/// <summary>
/// A phone number parsed and validated by libphonenumber (Google's numbering plans) and normalised to E.164, with
/// its extension and the kind of line the plan says it is. A number must be valid, not merely of a possible
/// length: its national significant number must fall into a range of its region that the plan knows.
/// </summary>
/// <param name="Raw">The input as written (trimmed).</param>
/// <param name="E164">"+" followed by country calling code and national number, e.g. "+41446681800".</param>
/// <param name="Extension">Extension digits, without the marker ("ext.", "x", "#", ";ext=").</param>
/// <param name="Region">ISO 3166 alpha-2 region, or "001" for non-geographic codes such as +800.</param>
/// <param name="LineType">Mobile, fixed line, toll-free etc., read from the number's range.</param>
public sealed record PhoneNumber(string Raw, string E164, string? Extension, string Region, PhoneLineType LineType)
{
    public const int MaxLength = 40;

    /// <summary>libphonenumber's longest extension (after an explicit label such as "ext."); the column's length.</summary>
    public const int MaxExtensionLength = 20;

    // A process-wide singleton that loads each region's metadata once, on first use.
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // libphonenumber wants upper-case codes; contacts and organisations may hold "ch" or " CH ". A span lookup
    // finds the library's own string without a trimmed or upper-cased copy per number.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Regions =
        Util.GetSupportedRegions().ToFrozenDictionary(r => r, r => r, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Parses a number; <paramref name="defaultRegion"/> (the contact's or the organisation's country) applies to
    /// numbers written without country code.
    /// </summary>
    /// <exception cref="FieldValueException">The number is empty, malformed or not valid.</exception>
    public static PhoneNumber Parse(string? raw, string? defaultRegion)
    {
        var text = raw?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new FieldValueException("Phone number is empty.");
        }

        if (text.Length > MaxLength)
        {
            throw new FieldValueException($"Phone number can be at most {MaxLength} characters long.");
        }

        var region = HomeRegion(text, defaultRegion);
        var reading = Read(text, region);
        if (reading.Error is not null && AfterCommonInternationalPrefix(text) is { } international)
        {
            // Without a home region, "00" and "011" are the international prefixes most of the world dials; with
            // one, imports still mix sources: a US-style "011 41 ..." among Swiss numbers is unambiguous.
            var other = Read(international, null);
            if (other.Error is null || region is null)
            {
                reading = other;
            }
        }

        // Letters are only accepted as an extension's label: libphonenumber reads "1-800-FLOWERS" as a vanity
        // number and drops a stray letter, which in a contact's number is far more likely a typo.
        var labelAt = FirstLetter(text);
        if (labelAt >= 0 && (reading.Number is not { HasExtension: true } number || !LabelsOnlyTheExtension(text, labelAt, number.Extension)))
        {
            throw new FieldValueException("Phone number contains invalid characters.");
        }

        return reading.Error is null ? Build(text, reading.Number!, reading.LineType, region) : throw new FieldValueException(reading.Error);
    }

    /// <summary>The line type of a stored E.164 number, or <see cref="PhoneLineType.Unknown"/> if the plans no longer accept it.</summary>
    public static PhoneLineType LineTypeOf(string e164)
    {
        try
        {
            return LineTypeOf(Util.GetNumberType(Util.Parse(e164, null)));
        }
        catch (NumberParseException)
        {
            return PhoneLineType.Unknown;
        }
    }

    /// <summary>International notation with the region's usual grouping, e.g. "+41 44 668 18 00 ext. 12".</summary>
    public string FormatInternational()
    {
        string text;
        try
        {
            text = Util.Format(Util.Parse(E164, null), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            // Records can be built directly; what libphonenumber cannot read is shown as stored.
            text = E164;
        }

        return Extension is null ? text : $"{text} ext. {Extension}";
    }

    public override string ToString() => E164;

    private static string? HomeRegion(string text, string? defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(defaultRegion))
        {
            return null;
        }

        if (Regions.TryGetValue(defaultRegion.AsSpan().Trim(), out var region))
        {
            return region;
        }

        // An international number needs no home region, so a wrong one does not matter to it.
        return StartsWithPlus(text) ? null : throw new FieldValueException($"Default country '{defaultRegion.Trim()}' is not known.");
    }

    private static Reading Read(string text, string? region)
    {
        Lib.PhoneNumber number;
        try
        {
            number = Util.Parse(text, region);
        }
        catch (NumberParseException e)
        {
            return Reading.Fail(e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE when region is null && !StartsWithPlus(text) => "Phone number has no country code and no default country is set.",
                ErrorType.INVALID_COUNTRY_CODE => "Phone number has an unknown country code.",
                ErrorType.TOO_SHORT_AFTER_IDD or ErrorType.TOO_SHORT_NSN => "Phone number is too short.",
                ErrorType.TOO_LONG => "Phone number is too long.",
                _ => text.Any(char.IsDigit) ? "Phone number contains invalid characters." : "Phone number has no digits.",
            });
        }

        // The type decides validity too: a number the plan knows no range for is UNKNOWN, which is exactly what
        // IsValidNumber tests, so one lookup of the ranges serves both.
        var type = Util.GetNumberType(number);
        if (type != PhoneNumberType.UNKNOWN)
        {
            return new Reading(number, LineTypeOf(type), null);
        }

        var main = Util.GetRegionCodeForCountryCode(number.CountryCode);
        var name = main == "001" ? $"+{number.CountryCode}" : main;
        return Reading.Fail(Util.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => "Phone number has an unknown country code.",
            PhoneNumberUtil.ValidationResult.TOO_SHORT => $"Phone number is too short for {name}.",
            PhoneNumberUtil.ValidationResult.TOO_LONG => $"Phone number is too long for {name}.",
            _ => $"Phone number is not valid for {name}.",
        });
    }

    private static PhoneNumber Build(string text, Lib.PhoneNumber number, PhoneLineType lineType, string? home)
    {
        var e164 = Util.Format(number, PhoneNumberFormat.E164);
        var extension = number.HasExtension ? number.Extension : null;

        // Only calling codes shared by several regions (+1, +44, +7, ...) need the ranges read again to name the
        // region. The home region goes first: a toll-free 1-800 number dialled in Canada is Canada's as much as
        // the United States'.
        var regions = Util.GetRegionCodesForCountryCode(number.CountryCode);
        if (regions.Count == 1)
        {
            return new PhoneNumber(text, e164, extension, regions[0], lineType);
        }

        var region = home is not null && regions.Contains(home) && Util.IsValidNumberForRegion(number, home) ? home
            : Util.GetRegionCodeForNumber(number) ?? regions[0];
        return new PhoneNumber(text, e164, extension, region, lineType);
    }

    private static PhoneLineType LineTypeOf(PhoneNumberType type) => type switch
    {
        PhoneNumberType.FIXED_LINE => PhoneLineType.FixedLine,
        PhoneNumberType.MOBILE => PhoneLineType.Mobile,
        PhoneNumberType.FIXED_LINE_OR_MOBILE => PhoneLineType.FixedLineOrMobile,
        PhoneNumberType.TOLL_FREE => PhoneLineType.TollFree,
        PhoneNumberType.PREMIUM_RATE => PhoneLineType.PremiumRate,
        PhoneNumberType.SHARED_COST => PhoneLineType.SharedCost,
        PhoneNumberType.VOIP => PhoneLineType.Voip,
        PhoneNumberType.PERSONAL_NUMBER => PhoneLineType.PersonalNumber,
        PhoneNumberType.PAGER => PhoneLineType.Pager,
        PhoneNumberType.UAN => PhoneLineType.Uan,
        PhoneNumberType.VOICEMAIL => PhoneLineType.Voicemail,
        _ => PhoneLineType.Unknown,
    };

    // vCard 4 and CardDAV exports write numbers as RFC 3966 URIs ("tel:+41-44-668-18-00;ext=12").
    private static int BodyStart(string text) => text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? 4 : 0;

    private static bool StartsWithPlus(string text) => text.AsSpan(BodyStart(text)).TrimStart() is [var c, ..] && c is '+' or '\uFF0B';

    /// <summary>
    /// The number after a leading "00" or "011" as "+...": calling codes never start with 0, so "00" followed by
    /// "0..." is a national number. Null when the text has no such prefix or starts with "+".
    /// </summary>
    private static string? AfterCommonInternationalPrefix(string text)
    {
        var digits = new List<int>(4);
        var i = BodyStart(text);
        for (; i < text.Length && digits.Count < 4; i++)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                digits.Add(CharUnicodeInfo.GetDecimalDigitValue(c));
                if (digits is [0, 0, not 0] || digits is [0, 1, 1, not 0])
                {
                    return "+" + text[i..];
                }
            }
            else if (char.IsLetter(c) || c is '+' or '\uFF0B')
            {
                return null;
            }
        }

        return null;
    }

    private static int FirstLetter(string text)
    {
        var start = BodyStart(text);
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the letters from <paramref name="labelAt"/> are one word followed by nothing but the extension's digits.</summary>
    private static bool LabelsOnlyTheExtension(string text, int labelAt, string extension)
    {
        var i = labelAt;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        var matched = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                return false;
            }

            if (char.IsDigit(c))
            {
                if (matched == extension.Length || extension[matched] - '0' != CharUnicodeInfo.GetDecimalDigitValue(c))
                {
                    return false;
                }

                matched++;
            }
        }

        return matched == extension.Length;
    }

    private readonly record struct Reading(Lib.PhoneNumber? Number, PhoneLineType LineType, string? Error)
    {
        public static Reading Fail(string error) => new(null, PhoneLineType.Unknown, error);
    }
}
