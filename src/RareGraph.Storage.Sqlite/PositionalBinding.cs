using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Binds one row to a single-row upsert by parameter position. The parameters are declared in the order the row's
/// <see cref="RowWriter{T}"/> gives its values, so no value is looked up by name.
/// </summary>
internal static class PositionalBinding
{
    public static void Bind<T>(SqliteCommand command, T row, RowWriter<T> write)
    {
        var parameters = command.Parameters;
        var values = new object?[parameters.Count];
        write(row, values);
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
