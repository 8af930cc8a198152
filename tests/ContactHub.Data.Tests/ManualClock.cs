namespace ContactHub.Data.Tests;

/// <summary>A clock the test sets: for rules that depend on today (date filters, expiring overrides).</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

    public override DateTimeOffset GetUtcNow() => Now;
}
