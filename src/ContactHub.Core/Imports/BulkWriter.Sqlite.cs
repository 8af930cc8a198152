using System.Data.Common;
using ContactHub.Data;

namespace ContactHub.Imports;

internal abstract partial class BulkWriter
{
    /// <summary>
    /// SQLite: one prepared INSERT per table, re-bound per row, all in one transaction per batch — SQLite's fast
    /// path, since each commit is a file sync and parsing the statement once saves the rest.
    /// </summary>
    private sealed class Sqlite(AppDbContext db) : BulkWriter(db)
    {
        public override bool WritesInParallel => false;

        protected override Task WriteTableAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object> entities, CancellationToken ct)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var parameters = table.Columns
                .Select((column, i) => (column, parameter: column.Mapping.CreateParameter(command, $"$p{i}", null, nullable: true)))
                .ToList();
            command.CommandText = $"INSERT INTO {table.QuotedName} ({table.QuotedColumnList}) VALUES ({string.Join(", ", parameters.Select(p => p.parameter.ParameterName))})";
            parameters.ForEach(p => command.Parameters.Add(p.parameter));
            command.Prepare();
            foreach (var entity in entities)
            {
                ct.ThrowIfCancellationRequested();
                foreach (var (column, parameter) in parameters)
                {
                    parameter.Value = column.ValueOf(entity) ?? DBNull.Value;
                }

                // Synchronous on purpose: Microsoft.Data.Sqlite's async methods run synchronously anyway.
                command.ExecuteNonQuery();
            }

            return Task.CompletedTask;
        }
    }
}
