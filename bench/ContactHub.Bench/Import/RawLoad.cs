using ContactHub.Bench.Databases;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ContactHub.Bench.Import;

/// <summary>
/// The raw engine doing the same load into the same (indexed, migrated) tables of a second database: PostgreSQL
/// binary COPY per table in batches of the importer's size, SQLite prepared inserts in one transaction.
/// </summary>
internal static class RawLoad
{
    public static async Task<int> RunAsync(BenchDatabase target, IAsyncEnumerable<ContactRequest?> input, int batchSize)
    {
        var rows = new RawRows();
        var count = 0;
        if (target.Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync();
            await foreach (var request in input)
            {
                rows.Add(request!, target.OrganisationId, DateTime.UtcNow);
                if (rows.Count >= batchSize)
                {
                    count += await CopyAsync(connection, rows);
                }
            }

            return count + await CopyAsync(connection, rows);
        }

        await using var sqlite = new SqliteConnection(target.ConnectionString);
        await sqlite.OpenAsync();
        await using var transaction = sqlite.BeginTransaction();
        var commands = RawRows.Tables.ToDictionary(t => t, t => Prepare(sqlite, transaction, t));
        await foreach (var request in input)
        {
            rows.Add(request!, target.OrganisationId, DateTime.UtcNow);
            foreach (var (table, tableRows) in rows.Rows)
            {
                tableRows.ForEach(row => Insert(commands[table], row));
            }

            count++;
            rows.Clear();
        }

        await transaction.CommitAsync();
        commands.Values.ToList().ForEach(c => c.Dispose());
        return count;
    }

    private static async Task<int> CopyAsync(NpgsqlConnection connection, RawRows rows)
    {
        var count = rows.Count;
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var (table, tableRows) in rows.Rows)
        {
            await using var copy = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in tableRows)
            {
                await copy.WriteRowAsync(default, row);
            }

            await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
        rows.Clear();
        return count;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, RawTable table)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < table.Columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Insert(SqliteCommand command, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            // EF stores GUIDs as upper-case text on SQLite; the raw rows must be readable the same way.
            command.Parameters[i].Value = row[i] switch { null => DBNull.Value, Guid g => g.ToString().ToUpperInvariant(), var v => v };
        }

        command.ExecuteNonQuery();
    }
}
