using System.Globalization;
using ContactHub.Access;
using ContactHub.Common;
using Microsoft.AspNetCore.Html;

namespace ContactHub.Web.Pages.Display;

/// <summary>
/// The back office's one way to show a date or a time: a UTC instant becomes the signed-in operator's local time (their
/// zone, else the organisation's) written in their culture, with the zone named, inside a <c>&lt;time&gt;</c> whose
/// <c>datetime</c> keeps the UTC instant. Dates without a time (birthday, valid until, name day) are written in the
/// culture too but never shifted. Scoped: <see cref="OperatorClockFilter"/> gives it the operator's preferences before a
/// page handler runs; views reach it as <c>Clock</c> (<c>_ViewImports</c>).
/// </summary>
public sealed class OperatorClock
{
    public OperatorPreferences Preferences { get; private set; } = OperatorPreferences.Default;

    public TimeZoneInfo Zone => Preferences.Zone.Zone;

    /// <summary>The zone as shown beside each time: its IANA id (e.g. Europe/Zurich).</summary>
    public string ZoneName => Preferences.Zone.Id;

    public DisplayCulture Culture => Preferences.Culture;

    internal void Use(OperatorPreferences preferences) => Preferences = preferences;

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"07.12.2026 14:05 Europe/Zurich": for text that cannot hold markup (messages).</summary>
    public string Text(DateTime utc, bool seconds = false) => $"{Written(Local(utc), seconds)} {ZoneName}";

    /// <summary>The instant as a <c>&lt;time&gt;</c> element with its local text and zone.</summary>
    public IHtmlContent Time(DateTime utc, bool seconds = false) => Element(Iso(utc), Text(utc, seconds));

    /// <summary>As <see cref="Time(DateTime, bool)"/>; <paramref name="none"/> when there is no instant.</summary>
    public IHtmlContent Time(DateTime? utc, bool seconds = false, string none = "—") => utc is { } at ? Time(at, seconds) : new HtmlString(none);

    /// <summary>The local calendar day of an instant (e.g. when a contact was added), as the date pickers count days.</summary>
    public IHtmlContent Day(DateTime utc) => Element(Iso(utc), DateText(DateOnly.FromDateTime(Local(utc))));

    /// <summary>A date without a time, in the operator's culture.</summary>
    public string DateText(DateOnly date) =>
        Culture.IsIso ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("d", Culture.Culture);

    public IHtmlContent Date(DateOnly date) => Element(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateText(date));

    public IHtmlContent Date(DateOnly? date, string none = "—") => date is { } d ? Date(d) : new HtmlString(none);

    /// <summary>A day of the year ("MM-DD", e.g. a name day) as the culture writes a month and day; ISO keeps "MM-DD".</summary>
    public string DayOfYearText(string monthDay)
    {
        // A leap year, so 02-29 is a day too.
        if (Culture.IsIso || !DateOnly.TryParseExact($"2000-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return monthDay;
        }

        return day.ToString(Culture.Culture.DateTimeFormat.MonthDayPattern, Culture.Culture);
    }

    /// <summary>The UTC instant at which <paramref name="day"/> begins in the operator's zone: what a date picker means.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A day that starts in a gap (a clock change at midnight) starts at the first valid minute after it.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    private string Written(DateTime local, bool seconds)
    {
        if (Culture.IsIso)
        {
            return local.ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }

        var format = Culture.Culture.DateTimeFormat;
        return local.ToString($"{format.ShortDatePattern} {(seconds ? format.LongTimePattern : format.ShortTimePattern)}", Culture.Culture);
    }

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static HtmlContentBuilder Element(string machine, string text)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<time datetime=\"").Append(machine).AppendHtml("\">").Append(text).AppendHtml("</time>");
        return html;
    }
}
