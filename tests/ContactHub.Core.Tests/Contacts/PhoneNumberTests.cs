using ContactHub.Common;
using ContactHub.Contacts.ContactPoints.Phones;
using PhoneNumbers;
using PhoneNumber = ContactHub.Contacts.ContactPoints.Phones.PhoneNumber;

namespace ContactHub.Core.Tests.Contacts;

public sealed class PhoneNumberTests
{
    [Theory]
    // Switzerland
    [InlineData("044 668 18 00", "CH", "+41446681800", "CH", PhoneLineType.FixedLine)]
    [InlineData("+41 44 668 18 00", null, "+41446681800", "CH", PhoneLineType.FixedLine)]
    [InlineData("078 123 45 67", "CH", "+41781234567", "CH", PhoneLineType.Mobile)]
    [InlineData("+41 78 123 45 67", "DE", "+41781234567", "CH", PhoneLineType.Mobile)]
    // Germany
    [InlineData("030 12345678", "DE", "+493012345678", "DE", PhoneLineType.FixedLine)]
    [InlineData("+49 30 12345678", null, "+493012345678", "DE", PhoneLineType.FixedLine)]
    [InlineData("0151 23456789", "DE", "+4915123456789", "DE", PhoneLineType.Mobile)]
    [InlineData("+49 151 23456789", "CH", "+4915123456789", "DE", PhoneLineType.Mobile)]
    // France
    [InlineData("01 23 45 67 89", "FR", "+33123456789", "FR", PhoneLineType.FixedLine)]
    [InlineData("+33 1 23 45 67 89", null, "+33123456789", "FR", PhoneLineType.FixedLine)]
    [InlineData("06 12 34 56 78", "FR", "+33612345678", "FR", PhoneLineType.Mobile)]
    [InlineData("+33 6 12 34 56 78", null, "+33612345678", "FR", PhoneLineType.Mobile)]
    // United Kingdom
    [InlineData("020 7123 4567", "GB", "+442071234567", "GB", PhoneLineType.FixedLine)]
    [InlineData("+44 20 7123 4567", null, "+442071234567", "GB", PhoneLineType.FixedLine)]
    [InlineData("07400 123456", "GB", "+447400123456", "GB", PhoneLineType.Mobile)]
    [InlineData("+44 7400 123456", null, "+447400123456", "GB", PhoneLineType.Mobile)]
    // United States: fixed and mobile numbers share their ranges.
    [InlineData("(212) 555-0123", "US", "+12125550123", "US", PhoneLineType.FixedLineOrMobile)]
    [InlineData("+1 212-555-0123", null, "+12125550123", "US", PhoneLineType.FixedLineOrMobile)]
    [InlineData("1 212 555 0123", "US", "+12125550123", "US", PhoneLineType.FixedLineOrMobile)]
    [InlineData("212.555.0123", "us", "+12125550123", "US", PhoneLineType.FixedLineOrMobile)]
    // Austria
    [InlineData("01 234567", "AT", "+431234567", "AT", PhoneLineType.FixedLine)]
    [InlineData("+43 1 234567", null, "+431234567", "AT", PhoneLineType.FixedLine)]
    [InlineData("0664 1234567", "AT", "+436641234567", "AT", PhoneLineType.Mobile)]
    [InlineData("+43 664 1234567", null, "+436641234567", "AT", PhoneLineType.Mobile)]
    // Italy: the leading 0 of landlines is part of the number, also internationally.
    [InlineData("06 1234 5678", "IT", "+390612345678", "IT", PhoneLineType.FixedLine)]
    [InlineData("+39 06 1234 5678", null, "+390612345678", "IT", PhoneLineType.FixedLine)]
    [InlineData("0039 02 1234 5678", "CH", "+390212345678", "IT", PhoneLineType.FixedLine)]
    [InlineData("312 345 6789", "IT", "+393123456789", "IT", PhoneLineType.Mobile)]
    [InlineData("+39 312 345 6789", null, "+393123456789", "IT", PhoneLineType.Mobile)]
    // Spain
    [InlineData("912 34 56 78", "ES", "+34912345678", "ES", PhoneLineType.FixedLine)]
    [InlineData("+34 912 345 678", null, "+34912345678", "ES", PhoneLineType.FixedLine)]
    [InlineData("612 34 56 78", "ES", "+34612345678", "ES", PhoneLineType.Mobile)]
    [InlineData("+34 612 34 56 78", null, "+34612345678", "ES", PhoneLineType.Mobile)]
    // Netherlands
    [InlineData("020 123 4567", "NL", "+31201234567", "NL", PhoneLineType.FixedLine)]
    [InlineData("+31 20 123 4567", null, "+31201234567", "NL", PhoneLineType.FixedLine)]
    [InlineData("06 12345678", "NL", "+31612345678", "NL", PhoneLineType.Mobile)]
    [InlineData("+31 6 12345678", null, "+31612345678", "NL", PhoneLineType.Mobile)]
    public void Parse_NationalAndInternationalForms_GiveE164RegionAndLineType(string raw, string? region, string e164, string expectedRegion, PhoneLineType lineType)
    {
        var phone = PhoneNumber.Parse(raw, region);

        Assert.Equal(e164, phone.E164);
        Assert.Equal(expectedRegion, phone.Region);
        Assert.Equal(lineType, phone.LineType);
        Assert.Null(phone.Extension);
        Assert.Equal(raw, phone.Raw);
    }

    [Theory]
    [InlineData("0041 44 668 18 00", "CH")]
    [InlineData("0041 44 668 18 00", null)]
    [InlineData("011 41 44 668 18 00", "US")]
    [InlineData("011 41 44 668 18 00", null)]
    [InlineData("011 41 44 668 18 00", "CH")]
    [InlineData("+41 (0)44 668 18 00", null)]
    [InlineData("+41 (0) 44 668 18 00", "FR")]
    [InlineData("(0)44 668 18 00", "CH")]
    [InlineData("044/668.18-00", "CH")]
    [InlineData("  +41 44 668 18 00  ", null)]
    [InlineData("41 44 668 18 00", "CH")]
    [InlineData("+41\u00a044\u2011668\u201318\u201400", null)]
    [InlineData("\uff10\uff14\uff14 668 18 00", "CH")]
    [InlineData("tel:+41-44-668-18-00", null)]
    [InlineData("044 668 18 00", " ch ")]
    public void Parse_AcceptsPrefixesTrunkZeroAndPunctuation(string raw, string? region)
    {
        Assert.Equal("+41446681800", PhoneNumber.Parse(raw, region).E164);
    }

    [Theory]
    [InlineData("+41 44 668 18 00 ext. 123", null)]
    [InlineData("+41 44 668 18 00 ext 123", null)]
    [InlineData("+41 44 668 18 00 EXT.123", null)]
    [InlineData("+41 44 668 18 00 extension 123", null)]
    [InlineData("+41 44 668 18 00 x123", null)]
    [InlineData("+41 44 668 18 00 X 123", null)]
    [InlineData("+41 44 668 18 00 #123", null)]
    [InlineData("+41446681800;ext=123", null)]
    [InlineData("tel:+41-44-668-18-00;ext=123", null)]
    [InlineData("044 668 18 00 ext. 123", "CH")]
    public void Parse_SplitsOffTheExtension(string raw, string? region)
    {
        var phone = PhoneNumber.Parse(raw, region);

        Assert.Equal("+41446681800", phone.E164);
        Assert.Equal("123", phone.Extension);
        Assert.Equal(PhoneLineType.FixedLine, phone.LineType);
    }

    [Fact]
    public void Parse_KeepsALongExtensionWhole()
    {
        var phone = PhoneNumber.Parse("+41 44 668 18 00 ext. 12345678901234", null);

        Assert.Equal("12345678901234", phone.Extension);
        Assert.InRange(phone.Extension!.Length, 11, PhoneNumber.MaxExtensionLength);
    }

    [Theory]
    [InlineData("079 123 45 67", PhoneLineType.Mobile, true)]
    [InlineData("044 668 18 00", PhoneLineType.FixedLine, false)]
    [InlineData("0800 123 456", PhoneLineType.TollFree, false)]
    [InlineData("0900 123 456", PhoneLineType.PremiumRate, false)]
    [InlineData("+1 212 555 0123", PhoneLineType.FixedLineOrMobile, true)]
    [InlineData("+44 7400 123456", PhoneLineType.Mobile, true)]
    [InlineData("+44 20 7123 4567", PhoneLineType.FixedLine, false)]
    public void Parse_TellsAMobileFromAFixedLine_AndWhichMayReceiveSms(string raw, PhoneLineType lineType, bool mayReceiveSms)
    {
        var phone = PhoneNumber.Parse(raw, "CH");

        Assert.Equal(lineType, phone.LineType);
        Assert.Equal(mayReceiveSms, phone.LineType.MayReceiveSms());
    }

    [Theory]
    [InlineData("+41791234567", PhoneLineType.Mobile)]
    [InlineData("+41446681800", PhoneLineType.FixedLine)]
    [InlineData("+12125550123", PhoneLineType.FixedLineOrMobile)]
    [InlineData("+447700900123", PhoneLineType.Unknown)]
    [InlineData("0791234567", PhoneLineType.Unknown)]
    [InlineData("", PhoneLineType.Unknown)]
    public void LineTypeOf_AStoredNumber_ClassifiesItOrSaysUnknown(string e164, PhoneLineType expected)
    {
        Assert.Equal(expected, PhoneNumber.LineTypeOf(e164));
    }

    [Theory]
    [InlineData("(212) 555-0123", "US", "US")]
    [InlineData("(416) 555-0123", "US", "CA")]
    [InlineData("+1 416 555 0123", null, "CA")]
    [InlineData("(613) 555-0199", "CA", "CA")]
    [InlineData("+1 613 555 0199", "US", "CA")]
    [InlineData("(212) 555-0123", "CA", "US")]
    public void Parse_TellsRegionsSharingCallingCodeOneApart(string raw, string? region, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Parse(raw, region).Region);
    }

    [Theory]
    [InlineData("+44 1481 256789", "GG")]
    [InlineData("+7 701 123 4567", "KZ")]
    [InlineData("+7 495 123 45 67", "RU")]
    [InlineData("+800 1234 5678", "001")]
    public void Parse_TellsOtherSharedAndNonGeographicCodesApart(string raw, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Parse(raw, null).Region);
    }

    [Fact]
    public void Parse_TollFreeNumberSharedByUsAndCanada_KeepsTheDefaultRegion()
    {
        Assert.Equal("CA", PhoneNumber.Parse("1-800-555-0100", "CA").Region);
        Assert.Equal("US", PhoneNumber.Parse("+1 800 555 0100", null).Region);
    }

    [Theory]
    [InlineData("+54 9 11 1234 5678", null, "+5491112345678")]
    [InlineData("011 15 1234 5678", "AR", "+5491112345678")]
    public void Parse_AppliesNationalPrefixRewrites(string raw, string? region, string e164)
    {
        Assert.Equal(e164, PhoneNumber.Parse(raw, region).E164);
    }

    [Theory]
    [InlineData("+41 44 668 18 00", "+41 44 668 18 00")]
    [InlineData("0041446681800", "+41 44 668 18 00")]
    [InlineData("+49 30 12345678", "+49 30 12345678")]
    [InlineData("+33 6 12 34 56 78", "+33 6 12 34 56 78")]
    [InlineData("+44 20 7123 4567", "+44 20 7123 4567")]
    [InlineData("+1 212 555 0123", "+1 212-555-0123")]
    [InlineData("+1 416 555 0123", "+1 416-555-0123")]
    [InlineData("+39 06 1234 5678", "+39 06 1234 5678")]
    [InlineData("+31 6 12345678", "+31 6 12345678")]
    [InlineData("+41 44 668 18 00 x12", "+41 44 668 18 00 ext. 12")]
    public void FormatInternational_GroupsTheDigitsAsTheRegionDoes(string raw, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Parse(raw, null).FormatInternational());
    }

    [Fact]
    public void FormatInternational_OfAHandBuiltRecord_ShowsItAsStored()
    {
        Assert.Equal("12345", new PhoneNumber("12345", "12345", null, "CH", PhoneLineType.Unknown).FormatInternational());
    }

    [Theory]
    [InlineData(null, null, "Phone number is empty.")]
    [InlineData("", "CH", "Phone number is empty.")]
    [InlineData("   ", "CH", "Phone number is empty.")]
    [InlineData("--", "CH", "Phone number has no digits.")]
    [InlineData("+41 44 ABC 18 00", null, "Phone number contains invalid characters.")]
    [InlineData("+41 44 AB 18 00", null, "Phone number contains invalid characters.")]
    [InlineData("+41 44 ABC 18 00 x12", null, "Phone number contains invalid characters.")]
    [InlineData("1-800-FLOWERS", "US", "Phone number contains invalid characters.")]
    [InlineData("+41 44 668 18 00 ext.", null, "Phone number contains invalid characters.")]
    [InlineData("+41 44 668 18 00 x12a", null, "Phone number contains invalid characters.")]
    [InlineData("+41 44+668 18 00", null, "Phone number contains invalid characters.")]
    [InlineData("044 668 18", "CH", "Phone number is too short for CH.")]
    [InlineData("+41 44 668", null, "Phone number is too short for CH.")]
    [InlineData("+49 30 123456789012345", null, "Phone number is too long for DE.")]
    [InlineData("044 668 18 00 12 34 5", "CH", "Phone number is too long for CH.")]
    [InlineData("044 668 18 001", "CH", "Phone number is not valid for CH.")]
    [InlineData("+41 14 668 18 00", null, "Phone number is not valid for CH.")]
    [InlineData("+1 123 456 7890", null, "Phone number is not valid for US.")]
    // Of the right length, but in a range no operator is given: Ofcom keeps 07700 900xxx for drama.
    [InlineData("07700 900123", "GB", "Phone number is not valid for GB.")]
    [InlineData("044 668 18 00", null, "Phone number has no country code and no default country is set.")]
    [InlineData("044 668 18 00", " ", "Phone number has no country code and no default country is set.")]
    [InlineData("044 668 18 00", "XX", "Default country 'XX' is not known.")]
    [InlineData("+999 1234 5678", null, "Phone number has an unknown country code.")]
    [InlineData("+0 44 668 18 00", null, "Phone number has an unknown country code.")]
    [InlineData("+41 44 668 18 00 00 00 00 00 00 00 00 00 00", null, "Phone number can be at most 40 characters long.")]
    public void Parse_BadInput_FailsWithAClearMessage(string? raw, string? region, string message)
    {
        var error = Assert.Throws<FieldValueException>(() => PhoneNumber.Parse(raw, region));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_InternationalInput_IgnoresAnUnknownDefaultRegion()
    {
        Assert.Equal("CH", PhoneNumber.Parse("+41 44 668 18 00", "XX").Region);
    }

    // The plans' own example numbers, written as people there write them: the home region as default, the
    // E.164 and line type libphonenumber gives them. Catches a rule of ours (letters, "00"/"011") that would
    // reject or re-read a valid national number anywhere.
    [Fact]
    public void Parse_EveryRegionsExampleNumbers_InNationalFormat()
    {
        var util = PhoneNumberUtil.GetInstance();
        var checkedNumbers = 0;
        foreach (var region in util.GetSupportedRegions())
        {
            foreach (var (type, expected) in (ReadOnlySpan<(PhoneNumberType, PhoneLineType)>)[(PhoneNumberType.MOBILE, PhoneLineType.Mobile), (PhoneNumberType.FIXED_LINE, PhoneLineType.FixedLine)])
            {
                if (util.GetExampleNumberForType(region, type) is not { } example)
                {
                    continue;
                }

                var national = util.Format(example, PhoneNumberFormat.NATIONAL);
                var phone = PhoneNumber.Parse(national, region);

                Assert.True(util.Format(example, PhoneNumberFormat.E164) == phone.E164, $"{region} {national}: {phone.E164}");
                var libraryType = util.GetNumberType(example);
                Assert.True(
                    phone.LineType == expected || (libraryType == PhoneNumberType.FIXED_LINE_OR_MOBILE && phone.LineType == PhoneLineType.FixedLineOrMobile),
                    $"{region} {national}: {phone.LineType}, library {libraryType}");
                checkedNumbers++;
            }
        }

        Assert.True(checkedNumbers > 400, $"{checkedNumbers} example numbers");
    }

    [Fact]
    public void Parse_Twice_GivesEqualRecords()
    {
        Assert.Equal(PhoneNumber.Parse("044 668 18 00", "CH"), PhoneNumber.Parse("044 668 18 00", "CH"));
    }
}
