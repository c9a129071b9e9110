using System.Text.Json;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show, written once against the port. A store adapter's test
/// class derives from this and says how to make a fresh, empty, initialised store; every test gets its own.
/// </summary>
/// <remarks>Split over several files by concern; this part holds the helpers and the version contract.</remarks>
public abstract partial class GraphStoreContract
{
    protected static CancellationToken None => CancellationToken.None;

    /// <summary>A new store with the schema in place and nothing written: version 0, no entities.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>The audit trail kept by <paramref name="store"/> (one made by <see cref="CreateEmptyStoreAsync"/>).</summary>
    protected abstract IAuditTrail AuditTrailOf(IGraphStore store);

    /// <summary>The issued API keys kept by <paramref name="store"/>.</summary>
    protected abstract IIssuedKeyRepository IssuedKeysOf(IGraphStore store);

    /// <summary>
    /// Puts an audit entry for <paramref name="version"/> into the store behind the adapter's back, as a damaged or
    /// tampered database might hold one, with actor <c>stray</c>.
    /// </summary>
    protected abstract Task RecordStrayAuditEntryAsync(IGraphStore store, long version);

    protected static GraphWrite Upserting(IEnumerable<Entity> entities, IEnumerable<Relationship>? relationships = null) =>
        new([], [], entities.ToList(), (relationships ?? []).ToList());

    protected static GraphWrite Upserting(params Relationship[] relationships) => new([], [], [], relationships);

    protected async Task<IGraphStore> SampleStoreAsync()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(SampleGraph.Entities, SampleGraph.Relationships), 0, None);
        return store;
    }

    protected static async Task<IReadOnlyList<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Records compare lists by reference, so whole entities are compared through their JSON.</summary>
    protected static void AssertSameEntity(Entity expected, Entity? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(JsonSerializer.Serialize(expected, expected.GetType()), JsonSerializer.Serialize(actual, actual.GetType()));
    }

    protected static string[] Sorted(IEnumerable<string> keys) => keys.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Version_Should_Start_At_Zero_And_Grow_By_One_Per_Applied_Write()
    {
        var store = await CreateEmptyStoreAsync();
        Assert.Equal(0, await store.GetVersionAsync(None));

        Assert.Equal(1, await store.ApplyAsync(Upserting(SampleGraph.Entities.Take(2)), 0, None));
        Assert.Equal(2, await store.ApplyAsync(Upserting(SampleGraph.Entities.Skip(2).Take(2)), 1, None));

        Assert.Equal(2, await store.GetVersionAsync(None));
    }

    [Fact]
    public async Task Apply_Should_Throw_Version_Conflict_And_Write_Nothing_When_Expected_Version_Is_Stale()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(SampleGraph.Entities.Take(1)), 0, None);

        var conflict = await Assert.ThrowsAsync<StoreVersionConflictException>(
            () => store.ApplyAsync(Upserting(SampleGraph.Entities.Skip(1)), 0, None));

        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(1, conflict.ActualVersion);
        Assert.Equal(ErrorCodes.Conflict, conflict.Code);
        Assert.Equal(1, await store.GetVersionAsync(None));
        Assert.Single(await ToListAsync(store.ScanEntitiesAsync(None)));
    }

    [Fact]
    public async Task Apply_Should_Let_Exactly_One_Of_Two_Writes_Against_The_Same_Version_Win()
    {
        var store = await CreateEmptyStoreAsync();
        var writes = new[] { SampleGraph.Entities.Take(3), SampleGraph.Entities.Skip(3).Take(3) }
            .Select(entities => Task.Run(async () =>
            {
                try
                {
                    return await store.ApplyAsync(Upserting(entities), 0, None);
                }
                catch (StoreVersionConflictException)
                {
                    return -1L;
                }
            }))
            .ToArray();

        var results = await Task.WhenAll(writes);

        Assert.Equal([-1L, 1L], results.Order());
        Assert.Equal(3, (await ToListAsync(store.ScanEntitiesAsync(None))).Count);
    }
}
