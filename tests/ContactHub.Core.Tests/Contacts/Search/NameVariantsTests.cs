using ContactHub.Contacts.Search;

namespace ContactHub.Core.Tests.Contacts.Search;

public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("mueller", "muller")]   // a letter extra
    [InlineData("mueller", "muelelr")]  // two neighbours swapped
    [InlineData("mueller", "muexler")]  // a letter wrong
    [InlineData("mueller", "mueler")]   // a letter missing
    [InlineData("schneider", "schnieder")]
    public void WordsOneEditApart_ShareAVariant(string stored, string typed) =>
        Assert.True(NameVariants.Of(stored).Overlaps(NameVariants.Of(typed)));

    [Theory]
    [InlineData("mueller", "meier")]
    [InlineData("mueller", "mulrel")]   // two edits
    [InlineData("ann", "anu")]          // too short to tolerate a typo
    public void WordsFurtherApart_ShareNone(string stored, string typed) =>
        Assert.False(NameVariants.Of(stored).Overlaps(NameVariants.Of(typed)));

    [Fact]
    public void Words_SplitAtPunctuation_DropShortOnesAndRepeats() =>
        Assert.Equal(["muller", "ludi", "anna"], NameVariants.Words("muller-ludi, anna de la muller"));

    [Fact]
    public void Of_IsTheWordAndEveryOneLetterDeletion() =>
        Assert.Equal(["ana", "ann", "anna", "nna"], NameVariants.Of("anna").Order(StringComparer.Ordinal));

    [Fact]
    public void KeysOf_IsEveryWordsVariants() =>
        Assert.Equal(NameVariants.Of("huber").Union(["eva"]).Order(StringComparer.Ordinal), NameVariants.KeysOf("huber eva").Order(StringComparer.Ordinal));
}
