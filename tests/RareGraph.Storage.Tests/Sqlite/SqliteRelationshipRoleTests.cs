using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>Schema step 6 (issue 15): relationships gain a role column; a file from before reads its relationships unchanged.</summary>
public sealed class SqliteRelationshipRoleTests : IDisposable
{
    /// <summary>Takes a current file back to the relationships of schema step 5: no role column.</summary>
    public const string RevertRelationshipRole =
        """

        ALTER TABLE relationships DROP COLUMN role;

        """;

    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Opening_A_File_From_Before_Roles_Should_Add_The_Column_And_Keep_Every_Relationship()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities.ToList(), SampleGraph.Relationships.ToList()), 0, default);
        await ExecuteAsync(RevertRelationshipRole + $"PRAGMA user_version = {SchemaMigrations.RelationshipRoleVersion - 1};");

        SqliteConnection.ClearAllPools();
        var reopened = await _database.OpenAsync();

        var relationships = new List<Relationship>();
        await foreach (var relationship in reopened.ScanRelationshipsAsync(default))
        {
            relationships.Add(relationship);
        }

        Assert.Equal(SampleGraph.Relationships.Count, relationships.Count);
        Assert.All(relationships, r => Assert.Null(r.Role));
        var camp = new Camp("c-new", "A camp");
        var participation = new Relationship("d-falcon", RelationshipType.ParticipatesIn, "c-new") { Role = ParticipationRole.Host };
        await reopened.ApplyAsync(new GraphWrite([], [], [camp], [participation]), 1, default);
        var read = await reopened.GetRelationshipsOfAsync(["c-new"], RelationshipDirection.Incoming, null, default);
        Assert.Equal(ParticipationRole.Host, Assert.Single(read).Role);
    }

    public void Dispose() => _database.Dispose();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await connection.OpenAsync();
        connection.CreateCollation(SqliteConnector.NameCollation, TextFolding.Compare);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
