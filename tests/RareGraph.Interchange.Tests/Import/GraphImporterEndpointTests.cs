using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using RareGraph.Interchange.Formats;
using RareGraph.Interchange.Import;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Interchange.Tests.Import;

/// <summary>
/// A relationship's endpoints are found in the file first, then in the stored graph; an endpoint in neither is a
/// NOT_FOUND problem naming the key, and relationships are counted by their schema type name.
/// </summary>
public sealed class GraphImporterEndpointTests : IDisposable
{
    private static readonly ImportFile File = new("graph.test", 1, "00");
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteGraphStore> _stores = [];

    public void Dispose()
    {
        // Disposing a store waits for the checkpoint a committed import started in the background, which still uses the files.
        _stores.ForEach(store => store.Dispose());
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Endpoints_Should_Be_Found_In_The_File_Or_The_Graph_And_Counted_By_Type()
    {
        var store = await StoreWithAsync(new Organisation("o-stored", "Stored", OrganisationKind.Ngo), new Jurisdiction("j-hu", "Hungary", "HU", JurisdictionKind.Country));
        var source = new RowSource(
            [Node("o-a"), Node("o-b")],
            Edges(("o-a", "PARTNERS_WITH", "o-b"), ("o-a", "BASED_IN", "j-hu"), ("o-b", "PARTNERS_WITH", "o-stored"), ("o-stored", "BASED_IN", "j-hu")));

        var report = await Importer(store).ImportAsync(source, File, "tester", dryRun: false, CancellationToken.None);

        Assert.Equal(0, report.ProblemCount);
        Assert.True(report.Committed);
        Assert.Equal([new("PARTNERS_WITH", 2L), new("BASED_IN", 2L)], report.Relationships.ToList());
        var stored = await store.GetRelationshipsOfAsync(["o-stored"], RelationshipDirection.Both, null, CancellationToken.None);
        Assert.Equal(2, stored.Count);
    }

    [Fact]
    public async Task An_Endpoint_Neither_In_The_File_Nor_In_The_Graph_Should_Be_A_Problem_Naming_It_And_Write_Nothing()
    {
        var store = await StoreWithAsync(new Organisation("o-stored", "Stored", OrganisationKind.Ngo));
        var source = new RowSource(
            [Node("o-a")],
            Edges(("o-a", "PARTNERS_WITH", "o-stored"), ("nowhere", "PARTNERS_WITH", "o-a"), ("o-a", "PARTNERS_WITH", "nowhere-else")));

        var report = await Importer(store).ImportAsync(source, File, "tester", dryRun: false, CancellationToken.None);

        Assert.False(report.Committed);
        Assert.Equal(2, report.ProblemCount);
        Assert.Collection(
            report.Problems,
            p => Assert.Equal(("edge 1", "NOT_FOUND", "source", true), (p.Where, p.Code, p.Field, p.Message.Contains("'nowhere'", StringComparison.Ordinal))),
            p => Assert.Equal(("edge 2", "NOT_FOUND", "target", true), (p.Where, p.Code, p.Field, p.Message.Contains("'nowhere-else'", StringComparison.Ordinal))));
        Assert.Empty(await store.GetEntitiesAsync(["o-a"], CancellationToken.None));
    }

    private async Task<SqliteGraphStore> StoreWithAsync(params Entity[] entities)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "graph.db") });
        _stores.Add(store);
        await store.InitializeAsync(CancellationToken.None);
        await store.ApplyAsync(new GraphWrite([], [], entities, []), 0, CancellationToken.None);
        return store;
    }

    private static GraphImporter Importer(SqliteGraphStore store) => new(store, store, [], TimeProvider.System);

    private static ImportRow Node(string key) =>
        new($"node '{key}'", new Dictionary<string, string> { [ImportRow.Key] = key, [Attributes.Entity] = "Organisation", [Attributes.Kind] = "NGO" });

    private static List<ImportRow> Edges(params (string From, string Type, string To)[] edges) =>
        [.. edges.Select((e, i) => new ImportRow($"edge {i}", new Dictionary<string, string> { [ImportRow.From] = e.From, [ImportRow.To] = e.To, [Attributes.Relationship] = e.Type }))];
}
