using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Data;
using ContactHub.Definitions;
using ContactHub.Organisations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ContactHub.Bench.Databases;

/// <summary>
/// An empty benchmark database, migrated with the app's migrations: a temporary SQLite file, or a new database on
/// the PostgreSQL server given by CONTACTHUB_BENCH_POSTGRES (else a throwaway server). Removed on dispose unless kept.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _postgresAdmin;
    private readonly string _name;
    private ServiceProvider? _services;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string name, string? postgresAdmin)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _name = name;
        _postgresAdmin = postgresAdmin;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The organisation the benchmark's contacts belong to.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>Left behind on dispose (named on the console), to look at its plans after the run.</summary>
    public bool Keep { get; set; }

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string purpose, string? postgresAdmin)
    {
        var name = $"contacthub_bench_{purpose}_{Guid.NewGuid():N}"[..40];
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            return new BenchDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file }.ToString(), name, null);
        }

        await using (var connection = new NpgsqlConnection(postgresAdmin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name, MaxPoolSize = 100 };
        return new BenchDatabase(provider, builder.ConnectionString, name, postgresAdmin);
    }

    /// <summary>The core services on this database, acting for the benchmark organisation (once it exists).</summary>
    public AsyncServiceScope Scope(string source = "bench")
    {
        _services ??= new ServiceCollection().AddContactHubCore(Provider, ConnectionString).BuildServiceProvider();
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = OrganisationId == Guid.Empty
            ? Caller.System(source)
            : new Caller(OrganisationId, ActorKind.System, null, "benchmark", source, Clearance.Confidential);
        return scope;
    }

    /// <summary>Migrates from empty (as the app does at start, WAL on SQLite) and creates the organisation.</summary>
    public async Task MigrateWithOrganisationAsync()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        // Through the service, so the organisation gets its definition defaults like any other.
        var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationService>()
            .CreateAsync(new OrganisationRequest("Bench AG", "CH"), CancellationToken.None);
        OrganisationId = organisation.Id;

        // Every import row then passes the uniqueness check the issue measures: one key per contact, its reference
        // code (all distinct). An e-mail rule would refuse the 5 % near-duplicates, which keep their original's e-mails.
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("bench").ForOrganisation(OrganisationId);
        await scope.ServiceProvider.GetRequiredService<UniquenessDefinitionService>().SetAsync(
            new UniquenessRequest([["referenceCode"]], [["referenceCode"]]), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (Keep)
        {
            Console.WriteLine($"  kept the database: {ConnectionString}");
            return;
        }

        if (_postgresAdmin is null)
        {
            SqliteConnection.ClearAllPools();
            var file = Path.Combine(Path.GetTempPath(), _name + ".db");
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
