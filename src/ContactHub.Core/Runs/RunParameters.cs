using System.Text.Json;

namespace ContactHub.Runs;

/// <summary>A run's parameters: a flat JSON object of strings, readable in the history without knowing the kind.</summary>
public static class RunParameters
{
    public static string ToJson(IReadOnlyDictionary<string, string> parameters) => JsonSerializer.Serialize(parameters);

    public static IReadOnlyDictionary<string, string> FromJson(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
