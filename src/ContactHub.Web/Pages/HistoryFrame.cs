namespace ContactHub.Web.Pages;

/// <summary>The time frame of a history page: whole UTC days, by default the last 30 of them.</summary>
public static class HistoryFrame
{
    public const int DefaultDays = 30;

    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return (from ?? today.AddDays(-DefaultDays), to ?? today);
    }

    public static (DateTime From, DateTime To) Instants(DateOnly from, DateOnly to) => (from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MaxValue));
}
