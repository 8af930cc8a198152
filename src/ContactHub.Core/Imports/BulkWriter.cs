using System.Data.Common;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Imports;

/// <summary>
/// The provider seam of the bulk path: writes one batch of rows, all tables in one transaction, in the engine's
/// fastest way. The only place besides <see cref="Database"/> that knows the engine.
/// </summary>
internal abstract partial class BulkWriter(AppDbContext db)
{
    public static BulkWriter For(AppDbContext db) => db.Database.IsNpgsql() ? new Postgres(db) : new Sqlite(db);

    /// <summary>Whether two batches may be written at once on two connections (see <see cref="WriteLanes"/>).</summary>
    public abstract bool WritesInParallel { get; }

    /// <summary>Writes the tables in the order given (parents first) and commits; nothing of the batch stays on failure.</summary>
    public async Task WriteAsync(IReadOnlyList<BulkRows> tables, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            foreach (var (table, entities) in tables)
            {
                await WriteTableAsync(connection, transaction, table, entities, ct);
            }

            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Refreshes the planner statistics of the written tables. A bulk load changes them far faster than the
    /// engine's own background analysis notices, and until then the planner may choose scans over the indexes.
    /// "ANALYZE table" is the same statement on both engines.
    /// </summary>
    public async Task RefreshStatisticsAsync(IEnumerable<string> tables, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            // The table name comes from the EF model, never from input.
            await db.Database.ExecuteSqlRawAsync(string.Concat("ANALYZE \"", table, "\""), ct);
        }
    }

    protected abstract Task WriteTableAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> entities, CancellationToken ct);
}
