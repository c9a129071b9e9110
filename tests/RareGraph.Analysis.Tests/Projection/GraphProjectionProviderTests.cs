using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Writing;
using RareGraph.TestSupport;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Projection;

public sealed class GraphProjectionProviderTests
{
    private static TestGraphStore Store() => new TestGraph().Orgs("a", "b").Rel("a", MemberOf, "b").Store();

    [Fact]
    public async Task Provider_Should_Reuse_The_Snapshot_While_The_Version_Stands()
    {
        var store = Store();
        var provider = new GraphProjectionProvider(store, TimeSpan.FromHours(1));

        var first = await provider.GetCurrentAsync(CancellationToken.None);
        var second = await provider.GetCurrentAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1, store.Scans);
        Assert.Equal(3, store.VersionReads); // one check by the provider, two by the consistent scan
    }

    [Fact]
    public async Task Provider_Should_Rebuild_When_Told_Of_A_Change()
    {
        var store = Store();
        var provider = new GraphProjectionProvider(store, TimeSpan.FromHours(1));
        var first = await provider.GetCurrentAsync(CancellationToken.None);

        store.Version = 2;
        ((IGraphChangeObserver)provider).OnChanged(new GraphChange(2, "test", [], []));
        var second = await provider.GetCurrentAsync(CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal(2L, second.Version);
    }

    [Fact]
    public async Task Provider_Should_Notice_Writes_Of_Other_Replicas_By_Asking_The_Store()
    {
        var store = Store();
        var provider = new GraphProjectionProvider(store, TimeSpan.Zero);
        await provider.GetCurrentAsync(CancellationToken.None);

        store.Version = 5;

        Assert.Equal(5L, (await provider.GetCurrentAsync(CancellationToken.None)).Version);
    }

    [Fact]
    public async Task Provider_Should_Share_One_Rebuild_Among_Concurrent_Readers()
    {
        var store = Store();
        store.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var provider = new GraphProjectionProvider(store, TimeSpan.FromHours(1));

        var readers = Enumerable.Range(0, 8).Select(_ => provider.GetCurrentAsync(CancellationToken.None).AsTask()).ToArray();
        await Task.Delay(50);
        store.Gate.SetResult();
        var snapshots = await Task.WhenAll(readers);

        Assert.Equal(1, store.Scans);
        Assert.All(snapshots, s => Assert.Same(snapshots[0], s));
    }

    [Fact]
    public async Task Provider_Should_Keep_Serving_The_Current_Snapshot_While_Nothing_Changed()
    {
        var store = Store();
        var provider = new GraphProjectionProvider(store, TimeSpan.FromHours(1));
        var first = await provider.GetCurrentAsync(CancellationToken.None);
        store.Gate = new TaskCompletionSource(); // any scan would now hang

        var again = provider.GetCurrentAsync(CancellationToken.None);

        Assert.True(again.IsCompletedSuccessfully);
        Assert.Same(first, await again);
    }
}
