using ContactHub.Web.Pages.Display;

namespace ContactHub.Web.Pages;

/// <summary>
/// The time frame of a history page: whole days in the operator's zone (as the date pickers and the listed times
/// read), by default the last 30 of them.
/// </summary>
public static class HistoryFrame
{
    public const int DefaultDays = 30;

    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, TimeProvider clock, OperatorClock display)
    {
        var today = DateOnly.FromDateTime(display.Local(clock.GetUtcNow().UtcDateTime));
        return (from ?? today.AddDays(-DefaultDays), to ?? today);
    }

    /// <summary>From the start of the first day to the last instant of the last day, in UTC.</summary>
    public static (DateTime From, DateTime To) Instants(DateOnly from, DateOnly to, OperatorClock display) =>
        (display.StartOf(from).UtcDateTime, to == DateOnly.MaxValue ? DateTime.MaxValue : display.StartOf(to.AddDays(1)).UtcDateTime.AddTicks(-1));
}
