using ContactHub.Common;
using Quartz;

namespace ContactHub.NameDays;

/// <summary>
/// The schedule of the automatic name-day run: a Quartz cron expression in UTC (seconds first, e.g.
/// "0 0 3 * * ?" = every day at 03:00 UTC). A run reads every person, so it may fire at most once an hour.
/// </summary>
public static class NameDaySchedule
{
    public const int MaxLength = 120;
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromHours(1);

    /// <summary>The normalised expression, or null for "no schedule"; a bad one is a field error.</summary>
    public static string? Parse(string? cron, string field, DateTime now, ValidationErrors errors)
    {
        var text = cron?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > MaxLength || !CronExpression.TryParse(text, out _))
        {
            errors.Add(field, "A Quartz cron expression is required (seconds minutes hours day-of-month month day-of-week), e.g. \"0 0 3 * * ?\".");
            return null;
        }

        var fires = FireTimes(text, now).Take(25).ToList();
        if (fires.Count == 0)
        {
            errors.Add(field, "The expression never fires again.");
            return null;
        }

        if (fires.Zip(fires.Skip(1)).Any(p => p.Second - p.First < MinimumInterval))
        {
            errors.Add(field, "A name-day run may start at most once an hour.");
            return null;
        }

        return text;
    }

    /// <summary>The fire times after <paramref name="after"/> (UTC), in order.</summary>
    public static IEnumerable<DateTime> FireTimes(string cron, DateTime after)
    {
        var expression = new CronExpression(cron, TimeZoneInfo.Utc);
        var time = new DateTimeOffset(DateTime.SpecifyKind(after, DateTimeKind.Utc));
        while (expression.GetNextValidTimeAfter(time) is { } next)
        {
            yield return next.UtcDateTime;
            time = next;
        }
    }

    /// <summary>The latest fire time in (<paramref name="from"/>, <paramref name="to"/>], if any.</summary>
    public static DateTime? LatestFireTime(string cron, DateTime from, DateTime to) =>
        FireTimes(cron, from).TakeWhile(t => t <= to).Select(t => (DateTime?)t).LastOrDefault();
}
