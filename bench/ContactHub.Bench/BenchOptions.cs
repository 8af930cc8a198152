using ContactHub.Data;

namespace ContactHub.Bench;

/// <summary>
/// The command line: --contacts N --provider postgres|sqlite [--quick] [--keep] [--seconds S] [--results DIR] [--only reachability|read-by-id|back-office].
/// <see cref="Only"/> names the one measurement to run after the import (null: all of them); <see cref="Keep"/> leaves
/// the main database behind for looking at plans (on a given PostgreSQL server or as a SQLite file).
/// </summary>
internal sealed record BenchOptions(int Contacts, DatabaseProvider Provider, bool Quick, double LoadSeconds, string ResultsDirectory, string? Only = null, bool Keep = false)
{
    public const string Reachability = "reachability";

    public const string ReadById = "read-by-id";

    public const string BackOffice = "back-office";

    public const string Usage = "usage: ContactHub.Bench --contacts N --provider postgres|sqlite [--quick] [--keep] [--seconds S] [--results DIR] [--only reachability|read-by-id|back-office]";

    /// <summary>Each HTTP load phase runs this long after a short warm-up; quick mode keeps the smoke test short.</summary>
    public TimeSpan LoadDuration => TimeSpan.FromSeconds(LoadSeconds);

    /// <summary>How many timed queries each search and list measurement runs.</summary>
    public int QuerySamples => Quick ? 5 : 200;

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var quick = false;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick")
            {
                quick = true;
            }
            else if (args[i] == "--keep")
            {
                keep = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'. {Usage}");
            }
        }

        var contacts = int.Parse(values.GetValueOrDefault("contacts", "20000"), System.Globalization.CultureInfo.InvariantCulture);
        var provider = Database.ParseProvider(values.GetValueOrDefault("provider", "sqlite"));
        var seconds = double.Parse(values.GetValueOrDefault("seconds", quick ? "2" : "15"), System.Globalization.CultureInfo.InvariantCulture);
        var results = values.GetValueOrDefault("results", Path.Combine("bench", "results"));
        var only = values.GetValueOrDefault("only");
        if (only is not null && only != Reachability && only != ReadById && only != BackOffice)
        {
            throw new ArgumentException($"Unknown measurement '{only}' for --only. {Usage}");
        }

        return new BenchOptions(contacts, provider, quick, seconds, results, only, keep);
    }
}
