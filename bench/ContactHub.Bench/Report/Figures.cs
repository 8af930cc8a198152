namespace ContactHub.Bench.Report;

/// <summary>
/// Everything one run measured; written as JSON under bench/results/ and summarised in BENCHMARKS.md.
/// A figure a run did not measure (--only) is null and left out of the JSON.
/// </summary>
internal sealed record BenchResults(
    string Date, string Provider, int Contacts, bool Quick, string Command, Machine Machine,
    InputFigures Input, ImportFigures? Import, LoadFigures? ReadById, IReadOnlyList<QueryFigures>? Search,
    IReadOnlyList<QueryFigures>? ContactsList, Reachability.ReachabilityFigures? Reachability);

internal sealed record InputFigures(double GenerateSeconds, long Bytes, double NearDuplicateShare);

internal sealed record ImportFigures(
    int Rows, int Imported, int Rejected, double Seconds, double RowsPerSecond, double RawSeconds, double RawRowsPerSecond,
    double Ratio, double PeakRssMb, double RawPeakRssMb, int BatchSize, long UniqueKeys, string Goal);

/// <summary>HTTP load at N connections: the endpoint and the framework ceiling (/health/live) on the same host.</summary>
internal sealed record LoadFigures(int Connections, double Seconds, Latency Endpoint, Latency Ceiling, double Ratio, string Goal);

/// <summary>One query kind: ContactHub's path (API, service or EF) against the raw SQL on the same index.</summary>
internal sealed record QueryFigures(string Name, string Path, Latency? Measured, Latency? Raw, double? Ratio, string Goal, string? Note = null);

/// <summary>Requests (or queries) per second and latency percentiles in milliseconds.</summary>
internal sealed record Latency(int Count, int Errors, double PerSecond, double P50, double P95, double P99)
{
    public static Latency Of(List<double> milliseconds, int errors, double seconds)
    {
        milliseconds.Sort();
        double At(double q) => milliseconds.Count == 0 ? 0 : Math.Round(milliseconds[Math.Min(milliseconds.Count - 1, (int)(q * milliseconds.Count))], 2);
        return new Latency(milliseconds.Count, errors, Math.Round(milliseconds.Count / seconds), At(0.50), At(0.95), At(0.99));
    }

    public override string ToString() => $"{PerSecond}/s p50 {P50} ms p95 {P95} ms p99 {P99} ms ({Count} requests, {Errors} errors)";
}

internal static class Figures
{
    public static double Ratio(double value, double baseline) => baseline <= 0 ? 0 : Math.Round(value / baseline, 3);
}
