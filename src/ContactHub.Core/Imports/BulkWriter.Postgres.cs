using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContactHub.Imports;

internal abstract partial class BulkWriter
{
    /// <summary>PostgreSQL: binary COPY per table, the engine's own bulk-load path (no SQL parsing per row).</summary>
    private sealed class Postgres(AppDbContext db) : BulkWriter
    {
        public override async Task WriteAsync(IReadOnlyList<BulkRows> tables, CancellationToken ct)
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await using var transaction = await connection.BeginTransactionAsync(ct);
                foreach (var (table, entities) in tables)
                {
                    await CopyAsync(connection, table, entities, ct);
                }

                await transaction.CommitAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        private static async Task CopyAsync(NpgsqlConnection connection, BulkTable table, IReadOnlyList<object> entities, CancellationToken ct)
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY {table.QuotedName} ({table.QuotedColumnList}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var entity in entities)
            {
                await copy.StartRowAsync(ct);
                foreach (var column in table.Columns)
                {
                    if (column.ValueOf(entity) is { } value)
                    {
                        // The store type without its facets ("character varying", "timestamp with time zone").
                        await copy.WriteAsync(value, column.Mapping.StoreTypeNameBase, ct);
                    }
                    else
                    {
                        await copy.WriteNullAsync(ct);
                    }
                }
            }

            await copy.CompleteAsync(ct);
        }
    }
}
