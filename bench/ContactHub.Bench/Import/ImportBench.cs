using System.Diagnostics;
using ContactHub.Bench.Databases;
using ContactHub.Bench.Report;
using ContactHub.Contacts.Uniqueness;
using ContactHub.Data;
using ContactHub.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Bench.Import;

/// <summary>ContactImporter against the raw engine loading the same file into the same tables of a second database.</summary>
internal static class ImportBench
{
    public static async Task<ImportFigures> RunAsync(BenchDatabase main, BenchDatabase raw, string inputFile, int contacts)
    {
        var watch = Stopwatch.StartNew();
        var result = await ImportAsync(main, inputFile);
        var importSeconds = watch.Elapsed.TotalSeconds;
        var peak = PeakMemory.Megabytes();
        var uniqueKeys = await UniqueKeysAsync(main);

        PeakMemory.Reset();
        watch.Restart();
        var rawCount = await RawLoad.RunAsync(raw, InputFile.ReadAsync(inputFile), ContactImporter.DefaultBatchSize);
        var rawSeconds = watch.Elapsed.TotalSeconds;
        var rawPeak = PeakMemory.Megabytes();
        Console.WriteLine($"  raw load: {rawCount} rows in {rawSeconds:F1} s, peak RSS {rawPeak} MB");

        var rate = Math.Round(result.Imported / importSeconds);
        var rawRate = Math.Round(rawCount / rawSeconds);
        return new ImportFigures(
            contacts, result.Imported, result.Rejected, Math.Round(importSeconds, 2), rate, Math.Round(rawSeconds, 2), rawRate,
            Figures.Ratio(rate, rawRate), peak, rawPeak, ContactImporter.DefaultBatchSize, uniqueKeys,
            "1M in < 60 s, >= 40 % of the raw COPY rate, peak RSS < 500 MB");
    }

    // The keys the uniqueness check wrote: one per imported contact under the bench's rule, so the check did run.
    private static async Task<long> UniqueKeysAsync(BenchDatabase main)
    {
        await using var scope = main.Scope();
        var keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ContactUniqueKey>().LongCountAsync();
        Console.WriteLine($"  unique keys written: {keys}");
        return keys;
    }

    /// <summary>The contacts of the file through ContactImporter, as the app imports them; the peak memory is the import's own.</summary>
    public static async Task<ImportResult> ImportAsync(BenchDatabase main, string inputFile)
    {
        PeakMemory.Reset();
        var start = PeakMemory.CurrentMegabytes();
        var watch = Stopwatch.StartNew();
        await using var scope = main.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<ContactImporter>().ImportAsync(InputFile.ReadAsync(inputFile), CancellationToken.None);
        Console.WriteLine($"  import: {result.Imported} imported, {result.Rejected} rejected in {watch.Elapsed.TotalSeconds:F1} s, peak RSS {PeakMemory.Megabytes()} MB (from {start} MB)");
        // Generated rows are all valid: a refusal means the generator and the validation disagree, and the figures would be off.
        foreach (var error in result.Errors.Take(3))
        {
            Console.WriteLine($"    row {error.Row} refused: {string.Join("; ", error.Errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"))}");
        }
        return result;
    }
}
