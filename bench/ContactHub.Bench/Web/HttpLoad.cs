using System.Diagnostics;
using ContactHub.Bench.Report;

namespace ContactHub.Bench.Web;

/// <summary>
/// A closed-loop load generator: N workers, each on its own kept-alive connection, send the next request as soon as
/// the previous answered, for a fixed time after a warm-up. Client and server share the machine (and its 2 cores).
/// </summary>
internal static class HttpLoad
{
    public static async Task<Latency> RunAsync(HttpClient client, Func<Random, string> nextPath, int connections, TimeSpan duration)
    {
        await RunForAsync(client, nextPath, connections, TimeSpan.FromSeconds(Math.Min(2, duration.TotalSeconds / 2)));
        var watch = Stopwatch.StartNew();
        var (latencies, errors) = await RunForAsync(client, nextPath, connections, duration);
        return Latency.Of(latencies, errors, watch.Elapsed.TotalSeconds);
    }

    private static async Task<(List<double> Latencies, int Errors)> RunForAsync(HttpClient client, Func<Random, string> nextPath, int connections, TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(async worker =>
        {
            var random = new Random(worker);
            var latencies = new List<double>();
            var errors = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(nextPath(random));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                errors += response.IsSuccessStatusCode ? 0 : 1;
            }

            return (latencies, errors);
        }).ToList();
        var results = await Task.WhenAll(workers);
        return ([.. results.SelectMany(r => r.latencies)], results.Sum(r => r.errors));
    }
}
