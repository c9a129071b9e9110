using RareGraph.Domain.Auditing;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>The bulk import's transaction (issue 13): everything a mutation keeps, one version, or nothing at all.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_Bulk_Import_Should_Keep_Every_Field_And_Move_The_Version_Once()
    {
        var store = await CreateEmptyStoreAsync();
        var importer = Assert.IsAssignableFrom<IBulkImportStore>(store);

        long version;
        await using (var import = await importer.BeginImportAsync(None))
        {
            Assert.Equal(0, import.StartVersion);
            await import.UpsertEntitiesAsync(AllianceEntities, None);
            await import.UpsertRelationshipsAsync(AllianceRelationships, None);
            version = await import.CommitAsync(new AuditRecord("importer", "import", DateTimeOffset.UnixEpoch, []), None);
        }

        Assert.Equal(1, version);
        Assert.Equal(1, await store.GetVersionAsync(None));
        var read = (await store.GetEntitiesAsync(AllianceEntities.Select(e => e.Key).ToList(), None)).ToDictionary(e => e.Key);
        foreach (var expected in AllianceEntities)
        {
            AssertSameEntity(expected, read[expected.Key]);
        }

        var relationships = await ToListAsync(store.ScanRelationshipsAsync(None));
        Assert.Equal(AllianceRelationships.Length, relationships.Count);
        foreach (var expected in AllianceRelationships)
        {
            Assert.Equal(expected, Assert.Single(relationships, r => r.Identity == expected.Identity));
        }

        var audit = Assert.Single(await AuditTrailOf(store).ListAsync(new AuditQuery(10), None));
        Assert.Equal(("importer", 1L), (audit.Actor, audit.Version));
    }

    [Fact]
    public async Task A_Bulk_Import_Disposed_Without_Commit_Should_Leave_The_Store_As_It_Was()
    {
        var store = await SampleStoreAsync();
        var importer = Assert.IsAssignableFrom<IBulkImportStore>(store);

        await using (var import = await importer.BeginImportAsync(None))
        {
            await import.UpsertEntitiesAsync(AllianceEntities, None);
            await import.UpsertRelationshipsAsync(AllianceRelationships, None);
        }

        Assert.Equal(1, await store.GetVersionAsync(None));
        var sample = SampleGraph.Entities.ToDictionary(e => e.Key);
        var read = await store.GetEntitiesAsync(AllianceEntities.Select(e => e.Key).ToList(), None);
        Assert.All(read, entity => AssertSameEntity(sample.GetValueOrDefault(entity.Key)!, entity));
        Assert.Equal(SampleGraph.Relationships.Count, (await ToListAsync(store.ScanRelationshipsAsync(None))).Count);
    }
}
