using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Connections to a SQLite file holding tables beside the graph (audit trail, issued keys): the file's folder is created
/// and the idempotent schema (<c>CREATE … IF NOT EXISTS</c>) applied once, on first use.
/// </summary>
public sealed class SqliteSideTable
{
    private readonly string _connectionString;
    private readonly string _schema;
    private readonly Lazy<bool> _created;

    public SqliteSideTable(string path, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = schema;
        _created = new Lazy<bool>(CreateSchema, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An open connection; the caller disposes it.</summary>
    public SqliteConnection Open()
    {
        _ = _created.Value;
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private bool CreateSchema()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = _schema;
        command.ExecuteNonQuery();
        return true;
    }
}
