using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Data;
using ContactHub.Organisations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContactHub.Data.Tests;

/// <summary>
/// A fresh, empty database of one provider per test. PostgreSQL comes from CONTACTHUB_TEST_POSTGRES (set by
/// test.sh, which starts a real server); without it the PostgreSQL cases fail — they are never skipped.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    // One key ring for the whole test run, so what one context seals another unseals (the app keeps its ring in the database).
    private static readonly IdentityDocumentSealer Sealer = new(new EphemeralDataProtectionProvider());

    /// <summary>The app's save steps and definition copies, shared by every context of the run as in the app.</summary>
    public static DataContextServices Services { get; } = DataContextServices.Standalone(Sealer, TimeProvider.System);

    public const string PostgresVariable = "CONTACTHUB_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string _name;

    private TestDatabase(DatabaseProvider provider, string connectionString, string name, string? sqliteFile, string? postgresAdmin)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _name = name;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var name = "contacthub_test_" + Guid.NewGuid().ToString("N");
        if (provider == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false", name, file, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run ./test.sh, which starts PostgreSQL for these tests.");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, name, null, admin);
    }

    /// <summary>A data context acting for <paramref name="organisationId"/> (or for no organisation).</summary>
    public AppDbContext Context(Guid? organisationId = null)
    {
        var caller = new CallerContext();
        caller.Current = organisationId is { } id ? Caller.System("tests").ForOrganisation(id) : Caller.System("tests");
        return Context(caller);
    }

    /// <summary>A data context acting for <paramref name="caller"/> (e.g. with a lower clearance), with the app's or other <paramref name="services"/>.</summary>
    public AppDbContext Context(CallerContext caller, DataContextServices? services = null)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Database.Configure(options, Provider, ConnectionString);
        return new AppDbContext(options.Options).ActingFor(caller, services ?? Services);
    }

    /// <summary>A data context acting for <paramref name="caller"/> on <paramref name="clock"/>'s time.</summary>
    public AppDbContext Context(CallerContext caller, TimeProvider clock) => Context(caller, DataContextServices.Standalone(Sealer, clock));

    public async Task<Guid> MigrateWithOrganisationAsync()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
        var organisation = new Organisation("Test " + _name, CountryCode.Parse("CH"), DateTime.UtcNow);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (_postgresAdmin is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
