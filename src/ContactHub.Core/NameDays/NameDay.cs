using System.Globalization;
using ContactHub.Common;

namespace ContactHub.NameDays;

/// <summary>
/// A day of the year without a year ("MM-DD"), as name days are celebrated. 02-29 is a valid day: the name day of
/// a leap day exists, it is just celebrated less often.
/// </summary>
public sealed record NameDay
{
    private NameDay(int month, int day)
    {
        Month = month;
        Day = day;
    }

    public int Month { get; }

    public int Day { get; }

    public static NameDay Parse(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length != 5 || text[2] != '-'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            throw new FieldValueException("A day of the year as MM-DD is required, e.g. \"03-19\".");
        }

        // 2000 is a leap year, so 02-29 passes and 02-30 does not.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            throw new FieldValueException($"{text} is not a day of the year.");
        }

        return new NameDay(month, day);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:00}-{Day:00}");
}
