using System.Data.Common;
using ContactHub.Data;
using Npgsql;

namespace ContactHub.Imports;

internal abstract partial class BulkWriter
{
    /// <summary>PostgreSQL: binary COPY per table, the engine's own bulk-load path (no SQL parsing per row).</summary>
    private sealed class Postgres(AppDbContext db) : BulkWriter(db)
    {
        public override bool WritesInParallel => true;

        protected override async Task WriteTableAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> entities, CancellationToken ct)
        {
            // COPY joins the connection's open transaction by itself.
            await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
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
