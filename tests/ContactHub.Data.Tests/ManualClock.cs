namespace ContactHub.Data.Tests;

/// <summary>A clock the test sets by hand, for rules that depend on time (date ranges, expiring overrides, retention).</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

    public override DateTimeOffset GetUtcNow() => Now;
}
