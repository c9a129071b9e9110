using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using static RareGraph.Storage.Tests.Sqlite.SqliteFileInspection;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// Schema steps 8 and 9 (issue 13, the import's indexes): names ordered by the folded name's own index instead of one
/// declared with the managed collation, and incoming relationships found through one index. A file the store wrote at
/// schema version 7 (<c>Fixtures/released-schema-7.db</c>) opens migrated and answers as it did.
/// </summary>
public sealed class SqliteReleasedSchema7Tests : IDisposable
{
    // What the store answered on this very file at schema version 7, before these steps.
    private static readonly string[] OrganisationsByName =
        ["o-atl", "o-atl-2", "o-ngo", "o-gov", "o-oko", "o-oko-2", "o-partner", "o-fund", "o-strasse", "o-zold"];

    private static readonly string[] OrganisationsByNameDescending =
        ["o-zold", "o-strasse", "o-fund", "o-partner", "o-oko", "o-oko-2", "o-gov", "o-ngo", "o-atl", "o-atl-2"];

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Opening_A_Schema_7_File_Should_Read_Back_The_Same_Graph()
    {
        CopyReleasedFile();

        var store = await _database.OpenAsync();

        Assert.Equal(SchemaMigrations.Latest, await ScalarAsync<long>("PRAGMA user_version"));
        Assert.Equal(Describe(ReleasedSchema7Graph.Entities), Describe(await ScanAsync(store.ScanEntitiesAsync(default))));
        Assert.Equal(Describe(ReleasedSchema7Graph.Relationships), Describe(await ScanAsync(store.ScanRelationshipsAsync(default))));
        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task A_Migrated_File_Should_List_Names_In_The_Order_It_Did_At_Schema_7_Page_By_Page()
    {
        CopyReleasedFile();
        var store = await _database.OpenAsync();

        Assert.Equal(OrganisationsByName, await ListInPagesAsync(store, descending: false));
        Assert.Equal(OrganisationsByNameDescending, await ListInPagesAsync(store, descending: true));
    }

    [Fact]
    public async Task A_Migrated_File_Should_Find_Incoming_Relationships_As_It_Did()
    {
        CopyReleasedFile();
        var store = await _database.OpenAsync();
        string[] keys = ["t-ban", "o-ngo", "j-ge"];
        RelationshipType[] types = [RelationshipType.ModelledOn, RelationshipType.Targets, RelationshipType.OccurredIn];

        var incoming = await store.GetRelationshipsOfAsync(keys, RelationshipDirection.Incoming, types, default);

        var expected = ReleasedSchema7Graph.Relationships.Where(r => keys.Contains(r.ToKey) && types.Contains(r.Type));
        Assert.Equal(Describe(expected), Describe(incoming));
        Assert.Equal(3, incoming.Count);
    }

    [Fact]
    public async Task A_Migrated_File_Should_Keep_Only_The_Folded_Name_Index_And_One_Incoming_Index()
    {
        CopyReleasedFile();
        await _database.OpenAsync();

        var indexes = await IndexesAsync();

        Assert.DoesNotContain("entities_label_name", indexes);
        Assert.DoesNotContain("relationships_to", indexes);
        Assert.Contains("entities_label_name_fold", indexes);
        Assert.Contains("relationships_to_from", indexes);
        Assert.Equal(0, await ScalarAsync<long>($"SELECT count(*) FROM sqlite_master WHERE sql LIKE '%{SqliteConnector.NameCollation}%'"));
    }

    [Fact]
    public async Task An_Incoming_Look_Up_By_Type_Should_Be_Served_By_The_Remaining_Incoming_Index()
    {
        await _database.OpenAsync();

        var plan = await PlanAsync("SELECT * FROM relationships r WHERE r.to_key = 'o-ngo' AND r.type = 'TARGETS'");

        Assert.Contains("relationships_to_from", plan, StringComparison.Ordinal);
    }

    /// <summary>
    /// The known trade-off of ordering by the stored folded name: SQLite compares text as UTF-8 bytes (code point order),
    /// where <see cref="TextFolding.Compare"/> and the collation compared UTF-16 code units, so a character above U+FFFF
    /// now sorts after, not before, one from U+E000 to U+FFFF. Names are otherwise ordered alike.
    /// </summary>
    [Fact]
    public async Task Names_Should_Order_By_Code_Point_Where_A_Character_Lies_Beyond_The_Basic_Plane()
    {
        var store = await _database.OpenAsync();
        var fullWidth = new Organisation("o-fullwidth", "\uFF21 fullwidth", OrganisationKind.Ngo);
        var mathematical = new Organisation("o-mathematical", "\U0001D400 mathematical", OrganisationKind.Ngo);
        var plain = new Organisation("o-plain", "Zeta", OrganisationKind.Ngo);
        await store.ApplyAsync(new GraphWrite([], [], [fullWidth, mathematical, plain], []), 0, default);

        var page = await store.ListEntitiesAsync(new EntityQuery(EntityLabel.Organisation, null, [new SortSpec(EntityField.Name)], null, false, 10), default);

        Assert.Equal(["o-plain", "o-fullwidth", "o-mathematical"], page.Select(e => e.Key));
        Assert.True(TextFolding.Compare(mathematical.Name, fullWidth.Name) < 0, "The managed comparison orders by UTF-16 code unit.");
    }

    private static async Task<List<string>> ListInPagesAsync(SqliteGraphStore store, bool descending)
    {
        var sort = new[] { new SortSpec(EntityField.Name, descending) };
        var keys = new List<string>();
        KeysetPosition? position = null;
        while (true)
        {
            var page = await store.ListEntitiesAsync(new EntityQuery(EntityLabel.Organisation, null, sort, position, false, 3), default);
            keys.AddRange(page.Select(e => e.Key));
            if (page.Count < 3)
            {
                return keys;
            }

            position = new KeysetPosition([SortValues.Of(page[^1], EntityField.Name)], page[^1].Key);
        }
    }

    private void CopyReleasedFile() => CopyFixture("released-schema-7.db", _database.PathOf());

    private async Task<List<string>> IndexesAsync()
    {
        await using var connection = await OpenAsync();
        return await FirstColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name");
    }

    private async Task<string> PlanAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return await SqliteFileInspection.QueryPlanAsync(connection, sql);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        return await SqliteFileInspection.ScalarAsync<T>(connection, sql);
    }

    /// <summary>A connection set up as the store's are, through its own connector.</summary>
    private Task<SqliteConnection> OpenAsync() =>
        new SqliteConnector(new SqliteStoreOptions { Path = _database.PathOf() }).OpenAsync(CancellationToken.None);
}
