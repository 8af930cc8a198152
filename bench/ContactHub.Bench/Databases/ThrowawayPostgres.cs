using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ContactHub.Bench.Databases;

/// <summary>
/// A PostgreSQL 15 server of its own, started the way test.sh starts one (initdb + pg_ctl as user postgres,
/// loopback only, a free high port, fsync off) and removed afterwards, with the memory settings of a server that holds
/// a million contacts (<see cref="ServerSettings"/>).
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _directory;

    private ThrowawayPostgres(string directory, int port)
    {
        _directory = directory;
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    public string AdminConnectionString { get; }

    private string DataDirectory => Path.Combine(_directory, "data");

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("contacthub-bench-pg.").FullName;
        var port = FreePort();
        var server = new ThrowawayPostgres(directory, port);
        await RunAsync("chown", "postgres", directory);
        await server.AsPostgresAsync("initdb", "-D", server.DataDirectory, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        await server.AsPostgresAsync("pg_ctl", "-D", server.DataDirectory, "-w", "-l", Path.Combine(directory, "server.log"),
            "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 {ServerSettings}", "start");
        return server;
    }

    /// <summary>
    /// PostgreSQL's defaults are sized for a small shared machine: 128 MB of buffers, a checkpoint every gigabyte of
    /// WAL. A server for a million contacts gets the usual quarter of the machine's memory as buffers (at most 8 GB)
    /// and room for a bulk load's WAL between checkpoints. The raw baselines run on the same server.
    /// </summary>
    public static string ServerSettings
    {
        get
        {
            var quarter = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 / 1024 / 1024;
            return $"-c shared_buffers={Math.Clamp(quarter, 128, 8192)}MB -c max_wal_size=8GB";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await AsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "stop");
        Directory.Delete(_directory, recursive: true);
    }

    // As root the server must run as "postgres" (it refuses root); otherwise run it as the current user.
    private Task AsPostgresAsync(string tool, params string[] args) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. args])
        : RunAsync(Path.Combine(Bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
