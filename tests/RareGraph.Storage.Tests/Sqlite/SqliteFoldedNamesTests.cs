using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>Names order and match folded on SQLite: the migration of an older file, and the indexes the queries use.</summary>
public sealed class SqliteFoldedNamesTests : IDisposable
{
    /// <summary>Takes a current file back to the names of schema step 4: a lower-cased column and a plain name index.</summary>
    public const string RevertFoldedNames =
        """
        DROP INDEX IF EXISTS entities_label_name;
        DROP INDEX entities_label_name_fold;
        ALTER TABLE entities DROP COLUMN name_fold;
        ALTER TABLE entities ADD COLUMN name_lower TEXT NOT NULL DEFAULT '';
        UPDATE entities SET name_lower = lower(name);
        CREATE INDEX entities_label_name ON entities (label, name, key);
        """ + SqliteRelationshipRoleTests.RevertRelationshipRole;

    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Opening_A_File_With_Lower_Cased_Names_Should_Fold_Them_For_Ordering_And_Search()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], [.. SampleGraph.Entities, new Organisation("o-atl", "Átlátszó", OrganisationKind.Media)], []), 0, default);
        await ExecuteAsync(RevertFoldedNames + $"PRAGMA user_version = {SchemaMigrations.FoldedNamesVersion - 1};");

        SqliteConnection.ClearAllPools();
        var reopened = await _database.OpenAsync();

        Assert.Equal(SchemaMigrations.Latest, await ScalarAsync<long>("PRAGMA user_version"));
        var page = await reopened.ListEntitiesAsync(new EntityQuery(EntityLabel.Organisation, null, [new SortSpec(EntityField.Name)], null, false, 10), default);
        Assert.Equal(["o-atl", "o-ngo", "o-gov", "o-media", "o-par", "o-fund"], page.Select(e => e.Key));
        var found = await reopened.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Organisation, new FieldFilter(EntityField.Name, FilterOperator.Contains, ["atlatszo"]), [], null, false, 10), default);
        Assert.Equal(["o-atl"], found.Select(e => e.Key));
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM pragma_table_info('entities') WHERE name = 'name_lower'"));
    }

    [Fact]
    public async Task Name_Order_And_Prefix_Search_Should_Be_Served_By_Indexes()
    {
        await _database.OpenAsync();

        var order = await PlanAsync("SELECT key FROM entities e WHERE e.label = 'Organisation' ORDER BY e.name_fold, e.key LIMIT 5");
        var prefix = await PlanAsync("SELECT key FROM entities e WHERE e.label = 'Organisation' AND e.name_fold >= 'ok' AND substr(e.name_fold, 1, 2) = 'ok'");

        Assert.Contains("entities_label_name_fold", order, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", order, StringComparison.Ordinal);
        Assert.Contains("entities_label_name_fold", prefix, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    /// <summary>A connection set up as the store's are (the collation and the folding function registered).</summary>
    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await connection.OpenAsync();
        connection.CreateCollation(SqliteConnector.NameCollation, TextFolding.Compare);
        return connection;
    }

    private async Task<string> PlanAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return await SqliteFileInspection.QueryPlanAsync(connection, sql);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        return await SqliteFileInspection.ScalarAsync<T>(connection, sql);
    }
}
