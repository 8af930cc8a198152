using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactHub.Contacts;
using ContactHub.SampleData;

namespace ContactHub.Bench.Import;

/// <summary>
/// The import input as a file of one JSON contact per line (NDJSON), written once from the deterministic generator.
/// Both the import and the raw load read it streaming, so neither pays for generating data and both parse the same bytes.
/// </summary>
internal static class InputFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<(TimeSpan Elapsed, long Bytes)> WriteAsync(string path, int count)
    {
        var watch = Stopwatch.StartNew();
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var newLine = "\n"u8.ToArray();
            foreach (var request in new ContactGenerator().Generate(count))
            {
                await JsonSerializer.SerializeAsync(file, request, Json);
                await file.WriteAsync(newLine);
            }
        }

        return (watch.Elapsed, new FileInfo(path).Length);
    }

    public static async IAsyncEnumerable<ContactRequest?> ReadAsync(string path, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await foreach (var request in JsonSerializer.DeserializeAsyncEnumerable<ContactRequest>(file, topLevelValues: true, Json, ct))
        {
            yield return request;
        }
    }
}
