using ContactHub.Common;
using ContactHub.Contacts.ContactPoints.Phones;

namespace ContactHub.Core.Tests.Contacts;

public sealed class PhoneNumberTests
{
    [Theory]
    // Switzerland
    [InlineData("044 668 18 00", "CH", "+41446681800", "CH")]
    [InlineData("+41 44 668 18 00", null, "+41446681800", "CH")]
    [InlineData("078 123 45 67", "CH", "+41781234567", "CH")]
    [InlineData("+41 78 123 45 67", "DE", "+41781234567", "CH")]
    // Germany
    [InlineData("030 12345678", "DE", "+493012345678", "DE")]
    [InlineData("+49 30 12345678", null, "+493012345678", "DE")]
    [InlineData("0151 23456789", "DE", "+4915123456789", "DE")]
    [InlineData("+49 151 23456789", "CH", "+4915123456789", "DE")]
    // France
    [InlineData("01 23 45 67 89", "FR", "+33123456789", "FR")]
    [InlineData("+33 1 23 45 67 89", null, "+33123456789", "FR")]
    [InlineData("06 12 34 56 78", "FR", "+33612345678", "FR")]
    [InlineData("+33 6 12 34 56 78", null, "+33612345678", "FR")]
    // United Kingdom
    [InlineData("020 7946 0018", "GB", "+442079460018", "GB")]
    [InlineData("+44 20 7946 0018", null, "+442079460018", "GB")]
    [InlineData("07400 123456", "GB", "+447400123456", "GB")]
    [InlineData("+44 7400 123456", null, "+447400123456", "GB")]
    // United States
    [InlineData("(212) 555-0123", "US", "+12125550123", "US")]
    [InlineData("+1 212-555-0123", null, "+12125550123", "US")]
    [InlineData("1 212 555 0123", "US", "+12125550123", "US")]
    [InlineData("212.555.0123", "us", "+12125550123", "US")]
    // Austria
    [InlineData("01 234567", "AT", "+431234567", "AT")]
    [InlineData("+43 1 234567", null, "+431234567", "AT")]
    [InlineData("0664 1234567", "AT", "+436641234567", "AT")]
    [InlineData("+43 664 1234567", null, "+436641234567", "AT")]
    // Italy: the leading 0 of landlines is part of the number, also internationally.
    [InlineData("06 1234 5678", "IT", "+390612345678", "IT")]
    [InlineData("+39 06 1234 5678", null, "+390612345678", "IT")]
    [InlineData("0039 02 1234 5678", "CH", "+390212345678", "IT")]
    [InlineData("312 345 6789", "IT", "+393123456789", "IT")]
    [InlineData("+39 312 345 6789", null, "+393123456789", "IT")]
    // Spain
    [InlineData("912 34 56 78", "ES", "+34912345678", "ES")]
    [InlineData("+34 912 345 678", null, "+34912345678", "ES")]
    [InlineData("612 34 56 78", "ES", "+34612345678", "ES")]
    [InlineData("+34 612 34 56 78", null, "+34612345678", "ES")]
    // Netherlands
    [InlineData("020 123 4567", "NL", "+31201234567", "NL")]
    [InlineData("+31 20 123 4567", null, "+31201234567", "NL")]
    [InlineData("06 12345678", "NL", "+31612345678", "NL")]
    [InlineData("+31 6 12345678", null, "+31612345678", "NL")]
    public void Parses_national_and_international_forms(string raw, string? region, string e164, string expectedRegion)
    {
        var phone = PhoneNumber.Parse(raw, region);

        Assert.Equal(e164, phone.E164);
        Assert.Equal(expectedRegion, phone.Region);
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
    public void Accepts_prefixes_trunk_zero_and_punctuation(string raw, string? region)
    {
        Assert.Equal("+41446681800", PhoneNumber.Parse(raw, region).E164);
    }

    [Theory]
    [InlineData("+41 44 668 18 00 ext. 123")]
    [InlineData("+41 44 668 18 00 ext 123")]
    [InlineData("+41 44 668 18 00 EXT.123")]
    [InlineData("+41 44 668 18 00 extension 123")]
    [InlineData("+41 44 668 18 00 x123")]
    [InlineData("+41 44 668 18 00 X 123")]
    [InlineData("+41 44 668 18 00 #123")]
    [InlineData("+41446681800;ext=123")]
    [InlineData("tel:+41-44-668-18-00;ext=123")]
    public void Splits_off_extensions(string raw)
    {
        var phone = PhoneNumber.Parse(raw, null);

        Assert.Equal("+41446681800", phone.E164);
        Assert.Equal("123", phone.Extension);
    }

    [Theory]
    [InlineData("(212) 555-0123", "US", "US")]
    [InlineData("(416) 555-0123", "US", "CA")]
    [InlineData("+1 416 555 0123", null, "CA")]
    [InlineData("(613) 555-0199", "CA", "CA")]
    [InlineData("+1 613 555 0199", "US", "CA")]
    [InlineData("(212) 555-0123", "CA", "US")]
    public void Tells_regions_sharing_calling_code_one_apart(string raw, string? region, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Parse(raw, region).Region);
    }

    [Theory]
    [InlineData("+44 1481 256789", "GG")]
    [InlineData("+7 701 123 4567", "KZ")]
    [InlineData("+7 495 123 45 67", "RU")]
    [InlineData("+800 1234 5678", "001")]
    public void Tells_other_shared_and_non_geographic_codes_apart(string raw, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Parse(raw, null).Region);
    }

    [Fact]
    public void Toll_free_number_shared_by_us_and_canada_keeps_the_default_region()
    {
        Assert.Equal("CA", PhoneNumber.Parse("1-800-555-0100", "CA").Region);
        Assert.Equal("US", PhoneNumber.Parse("+1 800 555 0100", null).Region);
    }

    [Theory]
    [InlineData("+54 9 11 1234 5678", null, "+5491112345678")]
    [InlineData("011 15 1234 5678", "AR", "+5491112345678")]
    public void Applies_national_prefix_rewrites(string raw, string? region, string e164)
    {
        Assert.Equal(e164, PhoneNumber.Parse(raw, region).E164);
    }

    [Theory]
    [InlineData("+41 44 668 18 00", "+41 44 668 18 00")]
    [InlineData("0041446681800", "+41 44 668 18 00")]
    [InlineData("+49 30 12345678", "+49 30 12345678")]
    [InlineData("+33 6 12 34 56 78", "+33 6 12 34 56 78")]
    [InlineData("+44 20 7946 0018", "+44 20 7946 0018")]
    [InlineData("+1 212 555 0123", "+1 212-555-0123")]
    [InlineData("+1 416 555 0123", "+1 416-555-0123")]
    [InlineData("+39 06 1234 5678", "+39 06 1234 5678")]
    [InlineData("+31 6 12345678", "+31 6 12345678")]
    [InlineData("+41 44 668 18 00 x12", "+41 44 668 18 00 ext. 12")]
    public void Formats_internationally(string raw, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Parse(raw, null).FormatInternational());
    }

    [Fact]
    public void Formats_hand_built_records_without_throwing()
    {
        Assert.Equal("12345", new PhoneNumber("12345", "12345", null, "CH").FormatInternational());
    }

    [Theory]
    [InlineData(null, null, "Phone number is empty.")]
    [InlineData("", "CH", "Phone number is empty.")]
    [InlineData("   ", "CH", "Phone number is empty.")]
    [InlineData("--", "CH", "Phone number has no digits.")]
    [InlineData("+41 44 ABC 18 00", null, "Phone number contains invalid characters.")]
    [InlineData("1-800-FLOWERS", "US", "Phone number contains invalid characters.")]
    [InlineData("+41 44 668 18 00 ext.", null, "Phone number contains invalid characters.")]
    [InlineData("+41 44 668 18 00 x12a", null, "Phone number contains invalid characters.")]
    [InlineData("+41 44 668 18 00, 12", null, "Phone number contains invalid characters.")]
    [InlineData("+41 44+668 18 00", null, "Phone number contains invalid characters.")]
    [InlineData("044 668 18", "CH", "Phone number is too short for CH.")]
    [InlineData("+41 44 668", null, "Phone number is too short for CH.")]
    [InlineData("+49 30 123456789012345", null, "Phone number is too long for DE.")]
    [InlineData("044 668 18 00 12 34 5", "CH", "Phone number is too long for CH.")]
    [InlineData("044 668 18 001", "CH", "Phone number is not valid for CH.")]
    [InlineData("+41 14 668 18 00", null, "Phone number is not valid for CH.")]
    [InlineData("+1 123 456 7890", null, "Phone number is not valid for US.")]
    [InlineData("044 668 18 00", null, "Phone number has no country code and no default country is set.")]
    [InlineData("044 668 18 00", " ", "Phone number has no country code and no default country is set.")]
    [InlineData("044 668 18 00", "XX", "Default country 'XX' is not known.")]
    [InlineData("+999 1234 5678", null, "Phone number has an unknown country code.")]
    [InlineData("+0 44 668 18 00", null, "Phone number has an unknown country code.")]
    [InlineData("+41 44 668 18 00 00 00 00 00 00 00 00 00 00", null, "Phone number can be at most 40 characters long.")]
    public void Rejects_bad_input_with_a_clear_message(string? raw, string? region, string message)
    {
        var error = Assert.Throws<FieldValueException>(() => PhoneNumber.Parse(raw, region));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void International_input_ignores_an_unknown_default_region()
    {
        Assert.Equal("CH", PhoneNumber.Parse("+41 44 668 18 00", "XX").Region);
    }

    [Fact]
    public void Every_region_in_the_metadata_compiles_and_accepts_its_own_shape()
    {
        var regions = PhoneMetadata.Instance.AllRegions.ToList();

        Assert.True(regions.Count > 240);
        foreach (var region in regions)
        {
            Assert.NotNull(region.NationalPattern);
            _ = region.InternationalPrefix;
            _ = region.NationalPrefixForParsing;
            _ = region.Formats;
            _ = region.Claims("0");
            Assert.Matches("^[1-9][0-9]{0,2}$", region.CallingCode);
        }
    }

    [Fact]
    public void Parsing_twice_gives_equal_records()
    {
        Assert.Equal(PhoneNumber.Parse("044 668 18 00", "CH"), PhoneNumber.Parse("044 668 18 00", "CH"));
    }
}
