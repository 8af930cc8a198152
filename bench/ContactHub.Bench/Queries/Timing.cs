using System.Diagnostics;
using ContactHub.Bench.Report;

namespace ContactHub.Bench.Queries;

internal static class Timing
{
    /// <summary>Runs one query per term, one after another, after a warm-up run; returns the latency distribution.</summary>
    public static async Task<Latency> SequentialAsync<T>(IReadOnlyList<T> terms, Func<T, Task> run)
    {
        await run(terms[0]);
        var latencies = new List<double>(terms.Count);
        var watch = Stopwatch.StartNew();
        foreach (var term in terms)
        {
            var started = Stopwatch.GetTimestamp();
            await run(term);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Latency.Of(latencies, 0, watch.Elapsed.TotalSeconds);
    }
}
