using System.Data.Common;
using ContactHub.Bench.Databases;
using ContactHub.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ContactHub.Bench.Queries;

/// <summary>The baseline for queries: hand-written SQL over one open connection, reading every row it returns.</summary>
internal sealed class RawSql(DbConnection connection, DatabaseProvider provider) : IAsyncDisposable
{
    public static async Task<RawSql> OpenAsync(BenchDatabase database)
    {
        DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return new RawSql(connection, database.Provider);
    }

    public async Task<int> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    /// <summary>The first column of every row, as the driver returns it (a GUID on PostgreSQL, its text on SQLite).</summary>
    public async Task<List<object>> FirstColumnAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<object>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0));
        }

        return values;
    }

    private DbCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            // EF keeps GUIDs as upper-case text on SQLite; compare in the same form.
            parameter.Value = value is Guid id && provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
