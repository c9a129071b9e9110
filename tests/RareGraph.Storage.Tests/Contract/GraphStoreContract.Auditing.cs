using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>The audit entry travels with its write: both commit, or neither does.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateTimeOffset AuditTime = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    protected static AuditRecord Audit(string actor = "key:ops", string operation = "importGraph") =>
        new(actor, operation, AuditTime, [
            new AuditedChange(AuditSubject.Entity, "j-hu", null, "{\"Key\":\"j-hu\",\"Name\":\"Hungary\"}"),
            new AuditedChange(AuditSubject.Relationship, "o-ngo-[BASED_IN]->j-hu", "{\"Strength\":0.5}", null),
        ]);

    [Fact]
    public async Task Audited_Write_Should_Commit_Its_Entry_Under_The_Version_It_Produces()
    {
        var store = await CreateEmptyStoreAsync();

        var version = await store.ApplyAsync(Upserting(SampleGraph.Entities.Take(2)) with { Audit = Audit() }, 0, None);

        var entry = Assert.Single(await AuditTrailOf(store).ListAsync(new AuditQuery(10), None));
        Assert.Equal((version, "key:ops", "importGraph", AuditTime), (entry.Version, entry.Actor, entry.Operation, entry.At));
        Assert.Equal(Audit().Changes, entry.Changes);
        Assert.Equal(1, await AuditTrailOf(store).CountAsync(null, null, None));
    }

    [Fact]
    public async Task Write_Whose_Audit_Entry_Cannot_Be_Recorded_Should_Apply_Nothing()
    {
        var store = await CreateEmptyStoreAsync();
        await RecordStrayAuditEntryAsync(store, 1);

        var refused = await Assert.ThrowsAsync<RareGraphException>(
            () => store.ApplyAsync(Upserting(SampleGraph.Entities, SampleGraph.Relationships) with { Audit = Audit() }, 0, None));

        Assert.Equal(ErrorCodes.Unavailable, refused.Code);
        Assert.False(refused.IsTransient);
        Assert.Equal(0, await store.GetVersionAsync(None));
        Assert.Empty(await ToListAsync(store.ScanEntitiesAsync(None)));
        Assert.Empty(await ToListAsync(store.ScanRelationshipsAsync(None)));
        Assert.Equal("stray", Assert.Single(await AuditTrailOf(store).ListAsync(new AuditQuery(10), None)).Actor);
    }

    [Fact]
    public async Task Stale_Write_Should_Leave_No_Entry()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(SampleGraph.Entities.Take(1)) with { Audit = Audit("key:first") }, 0, None);

        await Assert.ThrowsAsync<StoreVersionConflictException>(
            () => store.ApplyAsync(Upserting(SampleGraph.Entities.Skip(1)) with { Audit = Audit("key:late") }, 0, None));

        Assert.Equal("key:first", Assert.Single(await AuditTrailOf(store).ListAsync(new AuditQuery(10), None)).Actor);
    }

    [Fact]
    public async Task Audit_Trail_Should_Page_Newest_First_And_Filter_By_Actor_And_Operation()
    {
        var store = await CreateEmptyStoreAsync();
        var writers = new[] { ("key:a", "upsertJurisdiction"), ("key:b", "importGraph"), ("key:a", "importGraph"), ("key:a", "deleteEntity") };
        for (var i = 0; i < writers.Length; i++)
        {
            var (actor, operation) = writers[i];
            await store.ApplyAsync(Upserting(SampleGraph.Entities.Skip(i).Take(1)) with { Audit = Audit(actor, operation) }, i, None);
        }

        var trail = AuditTrailOf(store);
        Assert.Equal([4L, 3L], (await trail.ListAsync(new AuditQuery(2), None)).Select(e => e.Version));
        Assert.Equal([2L, 1L], (await trail.ListAsync(new AuditQuery(5, BeforeVersion: 3), None)).Select(e => e.Version));
        Assert.Equal([4L, 3L, 1L], (await trail.ListAsync(new AuditQuery(5, Actor: "key:a"), None)).Select(e => e.Version));
        Assert.Equal([3L], (await trail.ListAsync(new AuditQuery(5, BeforeVersion: 4, Actor: "key:a", Operation: "importGraph"), None)).Select(e => e.Version));
        Assert.Empty(await trail.ListAsync(new AuditQuery(0), None));
        Assert.Equal((4L, 3L, 2L, 1L), (
            await trail.CountAsync(null, null, None),
            await trail.CountAsync("key:a", null, None),
            await trail.CountAsync(null, "importGraph", None),
            await trail.CountAsync("key:a", "importGraph", None)));
    }

    [Fact]
    public async Task Audit_Entries_And_Issued_Keys_Should_Never_Appear_Among_Entities()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(SampleGraph.Entities, SampleGraph.Relationships) with { Audit = Audit() }, 0, None);
        await IssuedKeysOf(store).AddAsync(Key("partner-1", "sha256:" + new string('a', 64)), null, None);

        Assert.Equal(SampleGraph.Entities.Count, (await ToListAsync(store.ScanEntitiesAsync(None))).Count);
        Assert.Equal(SampleGraph.Relationships.Count, (await ToListAsync(store.ScanRelationshipsAsync(None))).Count);
        foreach (var label in Enum.GetValues<EntityLabel>())
        {
            var expected = SampleGraph.Entities.Count(e => e.Label == label);
            Assert.Equal(expected, await store.CountEntitiesAsync(label, null, None));
            Assert.Equal(expected, (await store.ListEntitiesAsync(new EntityQuery(label, null, [], null, false, 100), None)).Count);
        }
    }
}
