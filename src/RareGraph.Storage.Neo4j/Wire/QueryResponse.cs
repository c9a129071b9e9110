namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>A decoded Query API response body: rows (already cut into rows), errors, bookmarks and the open transaction.</summary>
internal sealed record QueryResponse(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyList<Neo4jServerError> Errors,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyList<string> NotificationCodes,
    string? TransactionId)
{
    public static QueryResponse Empty { get; } = new([], [], [], [], [], null);

    /// <summary>The value of <paramref name="field"/> in row <paramref name="row"/>.</summary>
    public object? Value(int row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return Rows[row][i];
            }
        }

        throw new KeyNotFoundException($"The response has no field '{field}'.");
    }
}
