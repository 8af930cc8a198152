using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Display;

/// <summary>
/// The real app whose clock stands still at <see cref="Now"/>: every time it records (created, updated, audited,
/// deleted) is that instant, so a page's rendering of it can be predicted in any zone.
/// </summary>
public sealed class FixedClockApp : IDisposable
{
    /// <summary>Late in the evening in UTC: already the next day in Zurich (UTC+1 in December).</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 23, 30, 0, TimeSpan.Zero);

    private readonly ApiFactory _factory = new();

    public FixedClockApp() => App = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new StoppedClock())));

    public WebApplicationFactory<Program> App { get; }

    public void Dispose()
    {
        App.Dispose();
        _factory.Dispose();
    }

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
