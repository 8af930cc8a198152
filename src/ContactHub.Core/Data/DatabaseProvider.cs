using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
                options.UseNpgsql(WithPostgresDefaults(connectionString), o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }

        // Counts to a cap take the first rows the plan finds (Take without OrderBy) on purpose: which rows they are
        // does not change the count, and an order would force a sort or an index the plan would not choose.
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
    }

    /// <summary>
    /// PostgreSQL plans every statement it is sent unless it was prepared. The contact read joins ten tables, and
    /// planning it each time costs more than running it.
    /// Npgsql prepares a statement on a pooled connection once it was sent twice, and PostgreSQL then reuses its plan
    /// (choosing between a generic and a per-value plan itself). A connection string that sets Max Auto Prepare keeps its value.
    /// A connection going back to Npgsql's pool is not reset either: the app keeps no session state (no temporary
    /// tables, session settings, advisory locks or LISTEN), and the reset put several statements ahead of the next
    /// query on that connection, as long as a primary-key read itself.
    /// </summary>
    internal static string WithPostgresDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>True when a write failed on a unique index (a race the in-memory rules could not see).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
