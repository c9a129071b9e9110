using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// Lookups cost one round trip however many keys they carry, even past SQLite's limit of 32,766 parameters, because
/// the keys travel as one JSON parameter.
/// </summary>
public sealed class SqliteStoreBatchingTests : IDisposable
{
    private const int ManyKeys = 40_000;

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Lookups_Of_Forty_Thousand_Keys_Should_Take_One_Round_Trip_Each()
    {
        var store = await _database.OpenAsync();
        var organisations = Enumerable.Range(0, 1000).Select(i => new Organisation($"org{i:0000}", $"Org {i}", OrganisationKind.Ngo)).ToList();
        var partnerships = organisations.Skip(1).Select(o => new Relationship(o.Key, RelationshipType.PartnersWith, "org0000")).ToList();
        await store.ApplyAsync(new GraphWrite([], [], organisations, partnerships), 0, default);
        var keys = Enumerable.Range(0, ManyKeys).Select(i => $"org{i:0000}").ToList();
        var relationshipKeys = keys.Select(k => new RelationshipKey(k, RelationshipType.PartnersWith, "org0000")).ToList();
        var before = store.StoreCallCount;

        var entities = await store.GetEntitiesAsync(keys, default);
        var relationships = await store.GetRelationshipsAsync(relationshipKeys, default);
        var touching = await store.GetRelationshipsOfAsync(keys, RelationshipDirection.Both, [RelationshipType.PartnersWith], default);

        Assert.Equal(3, store.StoreCallCount - before);
        Assert.Equal(1000, entities.Count);
        Assert.Equal(999, relationships.Count);
        Assert.Equal(999, touching.Count);
    }

    [Fact]
    public async Task Every_Port_Call_That_Reaches_The_Database_Should_Count_Once()
    {
        var store = await _database.OpenAsync();
        var before = store.StoreCallCount;

        await store.GetVersionAsync(default);
        await store.CountEntitiesAsync(EntityLabel.Threat, null, default);
        await store.ListEntitiesAsync(new EntityQuery(EntityLabel.Threat, null, [], null, false, 10), default);
        await foreach (var _ in store.ScanEntitiesAsync(default))
        {
        }

        Assert.Equal(4, store.StoreCallCount - before);
    }
}
