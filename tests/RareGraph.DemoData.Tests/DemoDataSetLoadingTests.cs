using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;
using RareGraph.TestSupport;

namespace RareGraph.DemoData.Tests;

public sealed class DemoDataSetLoadingTests : IDisposable
{
    private readonly TestGraphStore _store = new();
    private readonly GraphWriter _writer;

    public DemoDataSetLoadingTests() => _writer = new GraphWriter(_store, []);

    public void Dispose() => _writer.Dispose();

    [Fact]
    public async Task Build_Should_Pass_Domain_Validation_When_Applied_Through_The_Writer()
    {
        var request = DemoDataSet.Build();

        var outcome = await _writer.ApplyAsync(request, CancellationToken.None);

        Assert.True(outcome.ChangedAnything);
        Assert.Equal(1, outcome.Version);
        Assert.Equal(request.Entities.Count, _store.Entities.Count);
        Assert.Equal(request.Relationships.Count, _store.Relationships.Count);
    }

    [Fact]
    public async Task Applying_Build_Twice_Should_Change_Nothing_The_Second_Time()
    {
        await _writer.ApplyAsync(DemoDataSet.Build(), CancellationToken.None);

        var second = await _writer.ApplyAsync(DemoDataSet.Build(), CancellationToken.None);

        Assert.False(second.ChangedAnything);
        Assert.Equal(1, second.Version);
        Assert.Equal(1, _store.AppliedWrites);
    }

    [Fact]
    public async Task LoadIfEmpty_Should_Load_An_Empty_Store_Once()
    {
        var first = await DemoDataSet.LoadIfEmptyAsync(_store, _writer, CancellationToken.None);
        var second = await DemoDataSet.LoadIfEmptyAsync(_store, _writer, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, _store.AppliedWrites);
        Assert.Equal(DemoDataSet.Build().Entities.Count, _store.Entities.Count);
    }

    [Fact]
    public async Task LoadIfEmpty_Should_Leave_A_Store_With_Data_Alone()
    {
        var own = new WriteRequest("upsertJurisdiction");
        own.Entities.Add(new Located<Entity>(new Jurisdiction("HU", "Hungary", "HU", JurisdictionKind.Country), "input"));
        await _writer.ApplyAsync(own, CancellationToken.None);

        var loaded = await DemoDataSet.LoadIfEmptyAsync(_store, _writer, CancellationToken.None);

        Assert.False(loaded);
        Assert.Single(_store.Entities);
    }

    [Fact]
    public async Task LoadIfEmpty_Should_Not_Bring_Back_Data_Deleted_On_Purpose()
    {
        var own = new WriteRequest("upsertJurisdiction");
        own.Entities.Add(new Located<Entity>(new Jurisdiction("HU", "Hungary", "HU", JurisdictionKind.Country), "input"));
        await _writer.ApplyAsync(own, CancellationToken.None);
        var delete = new WriteRequest("deleteEntity");
        delete.Deletions.Add(new Located<string>("HU", "key"));
        await _writer.ApplyAsync(delete, CancellationToken.None);

        var loaded = await DemoDataSet.LoadIfEmptyAsync(_store, _writer, CancellationToken.None);

        Assert.False(loaded);
        Assert.Empty(_store.Entities);
    }
}
