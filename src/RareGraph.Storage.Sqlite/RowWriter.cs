namespace RareGraph.Storage.Sqlite;

/// <summary>Writes one row's column values, in the order of the statement's columns, into <paramref name="values"/> (null for SQL NULL).</summary>
internal delegate void RowWriter<in T>(T row, Span<object?> values);
