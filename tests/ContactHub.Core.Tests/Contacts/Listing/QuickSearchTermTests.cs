using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Listing;

namespace ContactHub.Core.Tests.Contacts.Listing;

public sealed class QuickSearchTermTests
{
    [Theory]
    [InlineData("079 123 45 67", "791234567")]
    [InlineData("+41 (79) 123-45.67", "41791234567")]
    [InlineData("0041 79 123 45 67", "41791234567")]
    [InlineData("4567", "4567")]
    public void PhoneDigits_AreTheDigitsWithoutLeadingZeros(string typed, string digits) =>
        Assert.Equal(digits, QuickSearch.PhoneDigits(typed));

    [Theory]
    [InlineData("123")]       // too few digits to be a number
    [InlineData("0001")]      // the zeros are not part of the number
    [InlineData("R-1002")]    // letters make it a reference code or a name
    [InlineData("Anna 1")]
    public void PhoneDigits_AreNull_ForWhatIsNotANumber(string typed) =>
        Assert.Null(QuickSearch.PhoneDigits(typed));

    [Fact]
    public void ReversedDigits_TurnTrailingDigitsIntoAPrefix()
    {
        Assert.Equal("76543219714", ContactPhone.Reverse("+41791234567"));
        Assert.StartsWith(ContactPhone.Reverse("4567"), ContactPhone.Reverse("+41791234567"), StringComparison.Ordinal);
    }
}
