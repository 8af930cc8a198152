using ContactHub.Common;
using ContactHub.NameDays;

namespace ContactHub.Core.Tests.NameDays;

public sealed class NameDayRulesTests
{
    private static readonly NameDayMatcher Matcher = new(
    [
        ("03-19", ["Joseph", "Josef", "José", "Giuseppe"]),
        ("07-26", ["Anna", "Anne"]),
        ("12-06", ["Nikolaus", "Klaus"]),
        ("02-29", ["Oswald"]),
        ("09-15", ["Anna-Lena"]),
    ]);

    [Theory]
    [InlineData("03-19", 3, 19)]
    [InlineData("02-29", 2, 29)]
    [InlineData(" 12-31 ", 12, 31)]
    public void Parse_ValidDay_KeepsMonthAndDay(string text, int month, int day)
    {
        var parsed = NameDay.Parse(text);

        Assert.Equal((month, day), (parsed.Month, parsed.Day));
        Assert.Equal(text.Trim(), parsed.ToString());
    }

    [Theory]
    [InlineData("02-30")]
    [InlineData("04-31")]
    [InlineData("13-01")]
    [InlineData("00-10")]
    [InlineData("03-00")]
    [InlineData("3-19")]
    [InlineData("03/19")]
    [InlineData("2026-03-19")]
    [InlineData("+3-19")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_BadOrImpossibleDay_IsAFieldError(string? text)
    {
        Assert.Throws<FieldValueException>(() => NameDay.Parse(text));
    }

    [Theory]
    [InlineData("Josef", "03-19")]
    [InlineData("JOSÉ", "03-19")]
    [InlineData("jose", "03-19")]
    [InlineData("  Giuseppe ", "03-19")]
    [InlineData("Anne-Marie", "07-26")]
    [InlineData("Klaus Peter", "12-06")]
    [InlineData("Peter-Klaus", "12-06")]
    [InlineData("Anna-Lena", "09-15")]
    [InlineData("Oswald", "02-29")]
    public void Find_MatchesWholeFirstNameFirst_ThenEachPart_IgnoringCaseAndAccents(string firstName, string expected)
    {
        Assert.Equal(expected, Matcher.Find(firstName));
    }

    [Theory]
    [InlineData("Petra")]
    [InlineData("Jo")]
    [InlineData("Josefine")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_NoRuleForTheName_IsNoNameDay(string? firstName)
    {
        Assert.Null(Matcher.Find(firstName));
    }

    [Fact]
    public void Parse_ValidRules_KeepsTrimmedNamesInOrder()
    {
        var errors = new ValidationErrors();
        var rules = NameDayRules.Parse(new NameDayRulesRequest([new("03-19", [" Joseph ", "José"]), new("02-29", ["Oswald"])]), errors);

        Assert.False(errors.HasErrors);
        Assert.Equal(["Joseph", "José"], rules[0].Names);
        Assert.Equal("02-29", rules[1].Date.ToString());
    }

    [Fact]
    public void Parse_BadRules_NameEachField()
    {
        var errors = new ValidationErrors();
        NameDayRules.Parse(
            new NameDayRulesRequest(
            [
                new("03-19", ["Joseph", "José"]),
                new("02-30", ["Anna"]),
                new("07-26", []),
                new("03-19", ["Karl"]),
                new("08-01", ["  ", new string('x', 101), "Jose", "Emil", "emil"]),
                null,
            ]),
            errors);

        var fields = errors.ToDictionary();
        Assert.Equal(
            ["rules[1].date", "rules[2].names", "rules[3].date", "rules[4].names[0]", "rules[4].names[1]", "rules[4].names[2]", "rules[4].names[4]", "rules[5]"],
            fields.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("03-19", fields["rules[4].names[2]"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingList_IsAnError_ButAnEmptyListIsAllowed()
    {
        var missing = new ValidationErrors();
        NameDayRules.Parse(new NameDayRulesRequest(null), missing);
        var empty = new ValidationErrors();
        NameDayRules.Parse(new NameDayRulesRequest([]), empty);

        Assert.Equal(["rules"], missing.ToDictionary().Keys);
        Assert.False(empty.HasErrors);
    }

    [Theory]
    [InlineData("0 0 3 * * ?", true)]
    [InlineData("0 30 2 ? * MON", true)]
    [InlineData("0 0 * * * ?", true)]
    [InlineData("0 * * * * ?", false)]
    [InlineData("0 0,30 3 * * ?", false)]
    [InlineData("not a cron", false)]
    [InlineData("0 0 3 * *", false)]
    public void Schedule_IsAQuartzCron_FiringAtMostHourly(string cron, bool valid)
    {
        var errors = new ValidationErrors();
        var parsed = NameDaySchedule.Parse(cron, "cron", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), errors);

        Assert.Equal(valid, !errors.HasErrors);
        Assert.Equal(valid ? cron : null, parsed);
    }

    [Fact]
    public void LatestFireTime_IsTheLastFireInTheWindow_OrNone()
    {
        var from = new DateTime(2026, 12, 1, 2, 59, 30, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc), NameDaySchedule.LatestFireTime("0 0 3 * * ?", from, from.AddMinutes(1)));
        Assert.Null(NameDaySchedule.LatestFireTime("0 0 3 * * ?", from.AddMinutes(1), from.AddMinutes(2)));
    }
}
