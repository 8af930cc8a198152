using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContactHub.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The provider seam: the only place that knows which engine is in use and where its migrations live.</summary>
public static class Database
{
    public const string SqliteMigrationsAssembly = "ContactHub.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "ContactHub.Migrations.Postgres";

    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"ContactHub:Database:Provider must be 'sqlite' or 'postgres', not '{value}'."),
    };

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }

    /// <summary>True when a write failed on a unique index (a race the in-memory rules could not see).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
