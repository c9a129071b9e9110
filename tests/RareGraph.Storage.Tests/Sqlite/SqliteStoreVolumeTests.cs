using System.Diagnostics;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>An import of the size the embedded store is meant for: one write of 100,000 relationships and 10,000 entities.</summary>
public sealed class SqliteStoreVolumeTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_Hundred_Thousand_Relationship_Import_Should_Be_Written_And_Read_Back_Quickly()
    {
        var store = await _database.OpenAsync();
        var organisations = Enumerable.Range(0, 10_000).Select(i => new Organisation($"org{i:00000}", $"Org {i}", (OrganisationKind)(i % 8))).ToList();
        var relationships = organisations
            .SelectMany((from, i) => Enumerable.Range(1, 10).Select(step => Partnership(from, organisations[(i + (step * 37)) % organisations.Count])))
            .ToList();
        var clock = Stopwatch.StartNew();

        await store.ApplyAsync(new GraphWrite([], [], organisations, relationships), 0, default);
        var written = clock.Elapsed;
        var partnersOf37 = new HasRelationshipFilter(RelationshipType.PartnersWith, RelationshipDirection.Incoming, "org00037");
        var page = await store.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Organisation, partnersOf37, [new SortSpec(EntityField.Name, true)], null, false, 50),
            default);
        var scanned = 0;
        await foreach (var _ in store.ScanRelationshipsAsync(default))
        {
            scanned++;
        }

        Assert.Equal(100_000, scanned);
        Assert.Equal(10, page.Count);
        // Generous bound for a shared CI machine; a row-by-row autocommit import would take minutes.
        Assert.True(written < TimeSpan.FromSeconds(30), $"The import took {written}.");
    }

    private static Relationship Partnership(Organisation from, Organisation to) =>
        new(from.Key, RelationshipType.PartnersWith, to.Key) { Strength = 0.5 };
}
