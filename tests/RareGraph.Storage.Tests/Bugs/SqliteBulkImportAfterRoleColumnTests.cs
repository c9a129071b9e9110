using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Tests.Sqlite;

namespace RareGraph.Storage.Tests.Bugs;

/// <summary>
/// Regression: schema step 6 added <c>relationships.role</c>, but the bulk import kept its own copy of the relationship
/// upsert, without a column list and without role. SQLite refused it (9 columns, 8 values) and every import answered
/// UNAVAILABLE. Both write paths now share one statement that names its columns.
/// </summary>
public sealed class SqliteBulkImportAfterRoleColumnTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task A_Bulk_Import_Should_Write_Relationships_With_Their_Role()
    {
        var store = await _database.OpenAsync();
        var participation = new Relationship("d-one", RelationshipType.ParticipatesIn, "c-one") { Role = ParticipationRole.Trainer };

        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync([new Defender("d-one", "Kestrel"), new Camp("c-one", "Camp one")], CancellationToken.None);
            await import.UpsertRelationshipsAsync([participation], CancellationToken.None);
            await import.CommitAsync(new AuditRecord("importer", "import", DateTimeOffset.UnixEpoch, []), CancellationToken.None);
        }

        var read = await store.GetRelationshipsOfAsync(["c-one"], RelationshipDirection.Incoming, null, CancellationToken.None);
        Assert.Equal(participation, Assert.Single(read));
    }

    public void Dispose() => _database.Dispose();
}
