using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using static RareGraph.Storage.Tests.Sqlite.SqliteFileInspection;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// Schema step 7 (issue 11): relationship types are stored under their schema names (<c>PARTNERS_WITH</c>), as on
/// Neo4j; a file written before reads back the same graph.
/// </summary>
public sealed class SqliteSchemaTypeNamesTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Opening_A_File_Written_Before_Schema_Names_Should_Read_Back_The_Same_Graph()
    {
        CopyReleasedFile();

        var store = await _database.OpenAsync();

        Assert.Equal(Describe(ReleasedFileGraph.Entities), Describe(await ScanAsync(store.ScanEntitiesAsync(default))));
        Assert.Equal(Describe(ReleasedFileGraph.Relationships), Describe(await ScanAsync(store.ScanRelationshipsAsync(default))));
        Assert.Equal(SchemaMigrations.Latest, await ScalarAsync<long>("PRAGMA user_version;"));
    }

    [Fact]
    public async Task A_Migrated_File_Should_Find_Relationships_By_Type_And_Count_Them_By_Type()
    {
        CopyReleasedFile();
        var store = await _database.OpenAsync();

        var partners = await store.GetRelationshipsOfAsync(["o-ngo"], RelationshipDirection.Outgoing, [RelationshipType.PartnersWith], default);
        var counts = await store.CountRelationshipsByAsync(null, [RelationshipDimension.Type], default);

        Assert.Equal("o-partner", Assert.Single(partners).ToKey);
        Assert.Equal(2, Assert.Single(counts, b => b.Keys[0] == nameof(RelationshipType.PartOf)).Count);
        Assert.Equal(Enum.GetValues<RelationshipType>().Length, counts.Count);
    }

    [Fact]
    public async Task Every_Relationship_Type_Should_Be_Stored_Under_Its_Schema_Name()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], [.. ReleasedFileGraph.Entities], [.. ReleasedFileGraph.Relationships]), 0, default);

        var stored = await StoredTypesAsync();

        Assert.Contains("PARTNERS_WITH", stored);
        Assert.Equal(Enum.GetValues<RelationshipType>().Select(RelationshipTypeNames.Of).Order(StringComparer.Ordinal), stored);
    }

    [Fact]
    public async Task A_Migrated_File_Should_Hold_No_CSharp_Type_Name()
    {
        CopyReleasedFile();
        await _database.OpenAsync();

        Assert.All(await StoredTypesAsync(), name => Assert.True(RelationshipTypeNames.TryParse(name, out _), name));
        Assert.DoesNotContain("PartnersWith", await StoredTypesAsync());
    }

    /// <summary>
    /// Stores order a source's relationships by type, the contract saying "by the C# name"; SQLite now orders by the
    /// stored schema name. The two orders differ only for PART_OF against PARTNERS_WITH and PARTICIPATES_IN, which no one
    /// entity can start both of (parts are camps, campaigns and action items; partners and participants are
    /// organisations and defenders), so no listing can tell them apart. A new type that
    /// broke this would need a rank, as Neo4j's statements use.
    /// </summary>
    [Fact]
    public void Schema_Names_Should_Order_The_Types_One_Entity_Can_Start_As_Their_CSharp_Names_Do()
    {
        foreach (var a in RelationshipRules.All)
        {
            foreach (var b in RelationshipRules.All.Where(b => a.FromLabels.Overlaps(b.FromLabels)))
            {
                var byName = Math.Sign(string.CompareOrdinal(a.Type.ToString(), b.Type.ToString()));
                var bySchemaName = Math.Sign(string.CompareOrdinal(RelationshipTypeNames.Of(a.Type), RelationshipTypeNames.Of(b.Type)));
                Assert.True(byName == bySchemaName, $"{a.Type} and {b.Type} order differently under their schema names.");
            }
        }
    }

    public void Dispose() => _database.Dispose();

    private void CopyReleasedFile() => CopyFixture("released-schema-6.db", _database.PathOf());

    private async Task<List<string>> StoredTypesAsync()
    {
        await using var connection = await OpenRawAsync();
        return await FirstColumnAsync(connection, "SELECT DISTINCT type FROM relationships ORDER BY type;");
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenRawAsync();
        return await SqliteFileInspection.ScalarAsync<T>(connection, sql);
    }

    private async Task<SqliteConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
