using System.Text.Json;

namespace ContactHub.Runs;

/// <summary>A contact a run could not change, and why (the rule's message).</summary>
public sealed record RunFailure(Guid ContactId, string Reason);

/// <summary>
/// A run's report beyond its counters: counts by outcome (e.g. "reachable": 812, "reason:noConsent": 40) and the
/// contacts it could not change, the first <see cref="MaxFailuresListed"/> listed and the rest counted, so the row
/// stays small however many fail.
/// </summary>
public sealed record RunResult(IReadOnlyDictionary<string, long> Counts, IReadOnlyList<RunFailure> Failures, long FailuresNotListed)
{
    public const int MaxFailuresListed = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(RunResult result) => JsonSerializer.Serialize(result, Json);

    public static RunResult FromJson(string json) => JsonSerializer.Deserialize<RunResult>(json, Json) ?? new RunResult(new Dictionary<string, long>(), [], 0);
}
