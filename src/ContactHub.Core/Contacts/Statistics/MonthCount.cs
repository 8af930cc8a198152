namespace ContactHub.Contacts.Statistics;

/// <summary>Contacts added in one calendar month (UTC).</summary>
public sealed record MonthCount(int Year, int Month, int Count);
