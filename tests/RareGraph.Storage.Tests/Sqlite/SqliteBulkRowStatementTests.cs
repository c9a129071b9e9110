using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The bulk import writes 64 rows per statement and the rest in a last, shorter one: every row lands once, whatever
/// the count, and a row repeated inside one statement ends as its last version, as it did row by row.
/// </summary>
public sealed class SqliteBulkRowStatementTests : IDisposable
{
    private static readonly AuditRecord Audit = new("importer", "import", DateTimeOffset.UnixEpoch, []);
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(129)]
    public async Task A_Bulk_Import_Should_Write_Every_Row_Whatever_Its_Place_In_The_Statements(int count)
    {
        var store = await _database.OpenAsync();
        var organisations = Enumerable.Range(0, count)
            .Select(i => new Organisation($"o-{i:D4}", $"Organisation {i}", OrganisationKind.Ngo) { Confidence = i % 2 == 0 ? null : 0.5, Tags = [$"t{i}"] })
            .ToList();
        var relationships = Enumerable.Range(0, count)
            .Select(i => new Relationship(organisations[i].Key, RelationshipType.PartnersWith, organisations[(i + 1) % count].Key)
            {
                Strength = 0.25,
                ValidFrom = i % 3 == 0 ? new DateOnly(2020, 1, 1) : null,
                Source = i % 2 == 0 ? null : "a source",
            })
            .ToList();

        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync(organisations, CancellationToken.None);
            await import.UpsertRelationshipsAsync(relationships, CancellationToken.None);
            await import.CommitAsync(Audit, CancellationToken.None);
        }

        var stored = await store.GetEntitiesAsync(organisations.Select(o => o.Key).ToList(), CancellationToken.None);
        Assert.Equal(Describe(organisations), Describe(stored));
        var outgoing = await store.GetRelationshipsOfAsync(organisations.Select(o => o.Key).ToList(), RelationshipDirection.Outgoing, null, CancellationToken.None);
        Assert.Equal(Describe(relationships), Describe(outgoing));
    }

    [Fact]
    public async Task A_Row_Repeated_Within_One_Statement_Should_Be_Stored_As_Its_Last_Version()
    {
        var store = await _database.OpenAsync();
        var rows = new List<Entity>
        {
            new Organisation("o-1", "First version", OrganisationKind.Ngo),
            new Organisation("o-2", "Another", OrganisationKind.Ngo),
            new Organisation("o-1", "Second version", OrganisationKind.Media),
        };

        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync(rows, CancellationToken.None);
            await import.CommitAsync(Audit, CancellationToken.None);
        }

        var stored = Assert.IsType<Organisation>(Assert.Single(await store.GetEntitiesAsync(["o-1"], CancellationToken.None)));
        Assert.Equal(("Second version", OrganisationKind.Media), (stored.Name, stored.Kind));
        Assert.Equal(2, await store.CountEntitiesAsync(EntityLabel.Organisation, null, CancellationToken.None));
    }

    [Theory]
    [InlineData(1, "INSERT OR REPLACE INTO t (a, b) VALUES (?, ?)")]
    [InlineData(3, "INSERT OR REPLACE INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)")]
    public async Task A_Statement_Should_Hold_One_Placeholder_Group_Per_Row(int rows, string sql)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        using var statement = new BulkRowStatement<int>(connection, "t", ["a", "b"], (row, values) => (values[0], values[1]) = (row, null));

        Assert.Equal(sql, statement.Sql(rows));
    }

    [Fact]
    public async Task Rows_Fewer_Than_A_Statement_Should_Wait_For_The_Flush()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)";
            await create.ExecuteNonQueryAsync();
        }

        using var statement = new BulkRowStatement<int>(connection, "t", ["a", "b"], (row, values) => (values[0], values[1]) = (row, $"row {row}"));
        for (var row = 0; row < BulkRowStatement<int>.RowsPerStatement + 1; row++)
        {
            statement.Add(row);
        }

        var (writtenBefore, pendingBefore) = (await CountAsync(connection), statement.Pending);
        statement.Flush();

        Assert.Equal((BulkRowStatement<int>.RowsPerStatement, 1), (writtenBefore, pendingBefore));
        Assert.Equal((BulkRowStatement<int>.RowsPerStatement + 1, 0), (await CountAsync(connection), statement.Pending));
    }

    [Fact]
    public async Task Text_Should_Be_Stored_As_Given_Whether_Empty_Plain_Or_Beyond_Ascii()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)";
            await create.ExecuteNonQueryAsync();
        }

        string[] texts = ["", "plain", "Átlátszó Ökotárs", "\U0001D400 \u4E2D\u6587", new string('x', 5000)];
        using (var statement = new BulkRowStatement<int>(connection, "t", ["a", "b"], (row, values) => (values[0], values[1]) = (row, texts[row])))
        {
            for (var row = 0; row < texts.Length; row++)
            {
                statement.Add(row);
            }

            statement.Flush();
        }

        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT b, typeof(b) FROM t ORDER BY a";
        await using var reader = await read.ExecuteReaderAsync();
        var stored = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            stored.Add((reader.GetString(0), reader.GetString(1)));
        }

        Assert.Equal(texts.Select(t => (t, "text")), stored);
    }

    private static async Task<long> CountAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Each item as JSON (record equality would compare lists by reference), in one order.</summary>
    private static List<string> Describe<T>(IEnumerable<T> items) =>
        [.. items.Select(i => System.Text.Json.JsonSerializer.Serialize(i, i!.GetType())).Order(StringComparer.Ordinal)];
}
