using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Writes the rows of a bulk import into one table through multi-row upserts: <c>INSERT OR REPLACE ... VALUES
/// (...), (...), ...</c> of <see cref="RowsPerStatement"/> rows each, and one of the remaining rows at the end. Each
/// row count has its statement, prepared once when first needed and kept until the import ends.
/// </summary>
/// <remarks>
/// One statement per row paid SQLite's per-statement work (the step, the reset, the virtual machine's set-up and the
/// parameter binding round trip) for every row; batching 64 rows per statement pays it once per 64.
/// The values are bound by position through SQLitePCL directly: Microsoft.Data.Sqlite binds each parameter by name,
/// and SQLite finds a name by a linear search of the statement's names, which over the 1,088 parameters of 64 entity
/// rows would make binding quadratic in the rows per statement. The statements run on the import's connection, so
/// they belong to its open transaction like any command on it.
/// </remarks>
internal sealed class BulkRowStatement<T> : IDisposable
{
    public const int RowsPerStatement = 64;

    private readonly sqlite3 _database;
    private readonly string _prefix;
    private readonly string _rowPlaceholders;
    private readonly int _columns;
    private readonly RowWriter<T> _write;
    private readonly object?[] _values;
    private readonly sqlite3_stmt?[] _statements = new sqlite3_stmt?[RowsPerStatement + 1];
    private byte[] _utf8 = new byte[256];
    private int _rows;

    /// <summary>A statement family for one table; nothing is prepared until rows arrive.</summary>
    /// <param name="connection">The open connection whose transaction the rows join.</param>
    /// <param name="table">The table written to.</param>
    /// <param name="columns">Its columns, in the order <paramref name="write"/> gives their values.</param>
    /// <param name="write">Puts one row's values into a span as long as <paramref name="columns"/>.</param>
    public BulkRowStatement(SqliteConnection connection, string table, IReadOnlyList<string> columns, RowWriter<T> write)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        _prefix = $"INSERT OR REPLACE INTO {table} ({string.Join(", ", columns)}) VALUES ";
        _rowPlaceholders = "(" + string.Join(", ", Enumerable.Repeat("?", columns.Count)) + ")";
        _columns = columns.Count;
        _write = write;
        _values = new object?[RowsPerStatement * _columns];
    }

    /// <summary>How many rows wait for <see cref="Flush"/> (fewer than <see cref="RowsPerStatement"/>).</summary>
    public int Pending => _rows;

    /// <summary>Adds a row; every <see cref="RowsPerStatement"/>-th row writes the rows gathered so far.</summary>
    public void Add(T row)
    {
        _write(row, _values.AsSpan(_rows * _columns, _columns));
        if (++_rows == RowsPerStatement)
        {
            Flush();
        }
    }

    /// <summary>Writes the rows gathered so far, if any, in one statement of exactly that many rows.</summary>
    public void Flush()
    {
        if (_rows == 0)
        {
            return;
        }

        var statement = _statements[_rows] ??= Prepare(_rows);
        var count = _rows * _columns;
        for (var i = 0; i < count; i++)
        {
            Check(Bind(statement, i + 1, _values[i]));
        }

        // The rows are consumed whatever the outcome: a failed statement fails the import.
        Array.Clear(_values, 0, count);
        _rows = 0;
        var step = raw.sqlite3_step(statement);
        var reset = raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            Check(step == raw.SQLITE_ROW ? reset : step);
        }
    }

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement?.Dispose();
        }
    }

    /// <summary>The statement's text for <paramref name="rows"/> rows (also for tests that show what runs).</summary>
    public string Sql(int rows)
    {
        var sql = new StringBuilder(_prefix, _prefix.Length + (rows * (_rowPlaceholders.Length + 2)));
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? string.Empty : ", ").Append(_rowPlaceholders);
        }

        return sql.ToString();
    }

    private sqlite3_stmt Prepare(int rows)
    {
        Check(raw.sqlite3_prepare_v2(_database, Sql(rows), out var statement));
        return statement;
    }

    private int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string text => BindText(statement, index, text),
        double number => raw.sqlite3_bind_double(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A {value.GetType().Name} cannot be bound as a column value."), nameof(value)),
    };

    /// <summary>
    /// Binds text through one reused UTF-8 buffer (SQLite copies it): binding a string directly encoded it into a new
    /// array for every value. An empty string keeps the string overload, since an empty span would bind NULL.
    /// </summary>
    private int BindText(sqlite3_stmt statement, int index, string text)
    {
        if (text.Length == 0)
        {
            return raw.sqlite3_bind_text(statement, index, text);
        }

        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, length));
    }

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(code, _database);
        }
    }
}
