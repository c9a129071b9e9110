using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// What the migration and schema tests do with a SQLite file besides opening it as a store: put a released file in
/// place, read the store's rows back in a comparable form, and ask the file itself (values, query plans).
/// </summary>
internal static class SqliteFileInspection
{
    /// <summary>Copies a committed fixture (a file written by an earlier release) to where a test's store will open it.</summary>
    public static void CopyFixture(string fixtureFileName, string destinationPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destinationPath)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Sqlite", "Fixtures", fixtureFileName), destinationPath);
    }

    public static async Task<List<T>> ScanAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Each item as JSON (record equality would compare lists by reference), in one order.</summary>
    public static List<string> Describe<T>(IEnumerable<T> items) =>
        [.. items.Select(i => System.Text.Json.JsonSerializer.Serialize(i, i!.GetType())).Order(StringComparer.Ordinal)];

    public static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The first column of every row <paramref name="sql"/> answers, as text.</summary>
    public static async Task<List<string>> FirstColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>SQLite's plan for <paramref name="sql"/>, one step a line.</summary>
    public static async Task<string> QueryPlanAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join("\n", plan);
    }
}
