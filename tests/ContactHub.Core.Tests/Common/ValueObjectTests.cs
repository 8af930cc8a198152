using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;

namespace ContactHub.Core.Tests.Common;

public sealed class ValueObjectTests
{
    [Theory]
    [InlineData("anna@example.com", "anna@example.com")]
    [InlineData("  Anna.Muster@Example.COM ", "anna.muster@example.com")]
    [InlineData("jürg@bücher.ch", "jürg@xn--bcher-kva.ch")]
    [InlineData("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk")]
    public void EmailAddress_Valid_IsNormalised(string input, string normalized) =>
        Assert.Equal(normalized, EmailAddress.Parse(input).Normalized);

    [Theory]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("two@@example.com")]
    [InlineData("a@b@example.com")]
    [InlineData("line\r\nBcc: x@example.com")]
    [InlineData("space in@example.com")]
    [InlineData("anna@localhost")]
    [InlineData(".anna@example.com")]
    [InlineData("an..na@example.com")]
    [InlineData("anna@exa_mple.com")]
    [InlineData("anna@123.456")]
    public void EmailAddress_Invalid_Throws(string input) =>
        Assert.Throws<FieldValueException>(() => EmailAddress.Parse(input));

    [Fact]
    public void EmailAddress_Lengths_AreLimited()
    {
        Assert.Throws<FieldValueException>(() => EmailAddress.Parse(new string('a', 65) + "@example.com"));
        Assert.Throws<FieldValueException>(() => EmailAddress.Parse("a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".com"));
        Assert.Equal(64, EmailAddress.Parse(new string('a', 64) + "@example.com").Value.IndexOf('@', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ch", "CH")]
    [InlineData(" DE ", "DE")]
    public void CountryCode_Valid_IsUpperCase(string input, string expected) => Assert.Equal(expected, CountryCode.Parse(input).Value);

    [Theory]
    [InlineData("XX")]
    [InlineData("CHE")]
    [InlineData("")]
    [InlineData(null)]
    public void CountryCode_Unknown_Throws(string? input) => Assert.Throws<FieldValueException>(() => CountryCode.Parse(input));

    [Theory]
    [InlineData("de-ch", "de-CH")]
    [InlineData("EN", "en")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    public void LanguageTag_Valid_IsCanonical(string input, string expected) => Assert.Equal(expected, LanguageTag.Parse(input).Value);

    [Theory]
    [InlineData("german")]
    [InlineData("de_CH")]
    [InlineData("qq")]
    [InlineData("")]
    public void LanguageTag_Invalid_Throws(string input) => Assert.Throws<FieldValueException>(() => LanguageTag.Parse(input));

    [Theory]
    [InlineData("  Müller   Anne ", "muller anne")]
    [InlineData("STRAßE", "strasse")]
    [InlineData("Øre-Æsir", "ore-aesir")]
    [InlineData("François", "francois")]
    [InlineData(null, "")]
    public void TextNormalizer_Folds_CaseAccentsAndSpaces(string? input, string expected) => Assert.Equal(expected, TextNormalizer.Fold(input));
}
