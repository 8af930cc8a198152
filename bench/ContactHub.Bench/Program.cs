using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactHub.Bench.Databases;
using ContactHub.Bench.Import;
using ContactHub.Bench.Queries;
using ContactHub.Bench.Reachability;
using ContactHub.Bench.Report;
using ContactHub.Bench.Web;
using ContactHub.Data;
using ContactHub.SampleData;

namespace ContactHub.Bench;

/// <summary>The end-to-end benchmark: every figure is ContactHub's path against the raw engine (or the framework) in the same run.</summary>
internal static class BenchProgram
{
    // Not top-level statements: the web app's own Program class must stay the only "Program" in scope.
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var provider = options.Provider.ToString().ToLowerInvariant();
        Console.WriteLine($"ContactHub benchmark: {options.Contacts} contacts on {provider}{(options.Quick ? " (quick)" : "")}");

        ThrowawayPostgres? server = null;
        string? postgresAdmin = null;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            postgresAdmin = Environment.GetEnvironmentVariable("CONTACTHUB_BENCH_POSTGRES") is { Length: > 0 } given ? given : null;
            if (postgresAdmin is null)
            {
                server = await ThrowawayPostgres.StartAsync();
                postgresAdmin = server.AdminConnectionString;
                Console.WriteLine("  started a throwaway PostgreSQL 15 server");
            }
        }

        var input = Path.Combine(Path.GetTempPath(), $"contacthub-bench-{Guid.NewGuid():N}.ndjson");
        try
        {
            await using var main = await BenchDatabase.CreateAsync(options.Provider, "main", postgresAdmin);
            // A throwaway server is removed at the end, database and all: only a given one can keep it.
            main.Keep = options.Keep && (server is null || options.Provider == DatabaseProvider.Sqlite);
            await main.MigrateWithOrganisationAsync();
            var (generated, bytes) = await InputFile.WriteAsync(input, options.Contacts);
            Console.WriteLine($"  generated {options.Contacts} contacts ({bytes / 1024 / 1024} MB NDJSON) in {generated.TotalSeconds:F1} s");
            var (import, reachability, readById, search, list) = options.Only switch
            {
                BenchOptions.Reachability => (null, await ReachabilityOnlyAsync(main, input), null, null, null),
                BenchOptions.ReadById => (null, null, await ReadByIdOnlyAsync(main, input, options), null, null),
                BenchOptions.BackOffice => (null, null, null, null, await BackOfficeOnlyAsync(main, input, options)),
                _ => await AllAsync(options, main, postgresAdmin, input),
            };

            var now = DateTime.UtcNow;
            var results = new BenchResults(
                now.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture), provider, options.Contacts, options.Quick,
                "dotnet run -c Release --project bench/ContactHub.Bench -- " + string.Join(' ', args), Machine.Current(),
                new InputFigures(Math.Round(generated.TotalSeconds, 2), bytes, ContactGenerator.NearDuplicateShare),
                import, readById, search, list,
                reachability);
            var only = options.Only is null ? "" : "-" + options.Only;
            var file = Path.Combine(options.ResultsDirectory, $"{now:yyyy-MM-dd}-{provider}-{options.Contacts}{(options.Quick ? "-quick" : "")}{only}.json");
            Directory.CreateDirectory(options.ResultsDirectory);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(results, new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                WriteIndented = true,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            }));
            Console.WriteLine($"Results: {file}");
            return 0;
        }
        finally
        {
            File.Delete(input);
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    // The importer alone (no raw-load database), then the reachability batch: the short loop for tuning the batch.
    private static async Task<ReachabilityFigures> ReachabilityOnlyAsync(BenchDatabase main, string input)
    {
        await ImportBench.ImportAsync(main, input);
        return await ReachabilityBench.RunAsync(main);
    }

    // The importer alone, then the read-by-id load: the short loop for tuning the read path.
    private static async Task<LoadFigures> ReadByIdOnlyAsync(BenchDatabase main, string input, BenchOptions options)
    {
        await ImportBench.ImportAsync(main, input);
        await using var host = new BenchHost(main);
        await host.StartAsync();
        return await ReadByIdBench.RunAsync(main, host, options.LoadDuration);
    }

    // The importer alone, then the back-office pages (dashboard, list with its count): the short loop for tuning them.
    private static async Task<IReadOnlyList<QueryFigures>> BackOfficeOnlyAsync(BenchDatabase main, string input, BenchOptions options)
    {
        await ImportBench.ImportAsync(main, input);
        await using var host = new BenchHost(main);
        await host.StartAsync();
        using var api = host.Client(1);
        using var backOffice = await host.BackOfficeClientAsync();
        var pages = await new QueryBench(main, api, backOffice, options.QuerySamples).BackOfficeAsync();
        Print(pages);
        return pages;
    }

    private static void Print(IEnumerable<QueryFigures> figures)
    {
        foreach (var figure in figures)
        {
            Console.WriteLine($"  {figure.Name} via {figure.Path}: {figure.Measured?.ToString() ?? "not built"}{(figure.Raw is { } r ? $" | raw p95 {r.P95} ms, ratio {figure.Ratio}" : "")}");
        }
    }

    private static async Task<(ImportFigures?, ReachabilityFigures?, LoadFigures?, IReadOnlyList<QueryFigures>?, IReadOnlyList<QueryFigures>?)> AllAsync(
        BenchOptions options, BenchDatabase main, string? postgresAdmin, string input)
    {
        await using var raw = await BenchDatabase.CreateAsync(options.Provider, "raw", postgresAdmin);
        await raw.MigrateWithOrganisationAsync();
        var import = await ImportBench.RunAsync(main, raw, input, options.Contacts);
        var reachability = await ReachabilityBench.RunAsync(main);

        await using var host = new BenchHost(main);
        await host.StartAsync();
        var readById = await ReadByIdBench.RunAsync(main, host, options.LoadDuration);
        using var api = host.Client(1);
        using var backOffice = await host.BackOfficeClientAsync();
        var queries = new QueryBench(main, api, backOffice, options.QuerySamples);
        var search = await queries.SearchAsync();
        IReadOnlyList<QueryFigures> list = [.. await queries.ListAsync(), .. await queries.BackOfficeAsync()];
        Print(search.Concat(list));

        return (import, reachability, readById, search, list);
    }
}
