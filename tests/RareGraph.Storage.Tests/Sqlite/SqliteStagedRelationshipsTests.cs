using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The bulk import gathers relationships in a temporary table and moves them into their table in key order before the
/// commit: what it leaves is what row-by-row upserts left — the last version of a relationship given twice, in one
/// batch or across batches, and a stored relationship replaced.
/// </summary>
public sealed class SqliteStagedRelationshipsTests : IDisposable
{
    private static readonly AuditRecord Audit = new("importer", "import", DateTimeOffset.UnixEpoch, []);
    private static readonly Organisation[] Organisations =
        Enumerable.Range(0, 5).Select(i => new Organisation($"o-{i}", $"Organisation {i}", OrganisationKind.Ngo)).ToArray();

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_Relationship_Given_Twice_In_One_Import_Should_Be_Stored_As_Its_Last_Version()
    {
        var store = await _database.OpenAsync();

        // Within one batch (and one 64-row statement), and again across batches, in file order against key order.
        await ImportAsync(
            store,
            [Partners("o-3", "o-1", 0.1), Partners("o-0", "o-4", 0.2), Partners("o-3", "o-1", 0.3)],
            [Partners("o-0", "o-4", 0.4), Partners("o-2", "o-0", 0.5)],
            [Partners("o-3", "o-1", 0.6)]);

        Assert.Equal(
            [("o-0", "o-4", 0.4), ("o-2", "o-0", 0.5), ("o-3", "o-1", 0.6)],
            await StoredAsync(store));
    }

    [Fact]
    public async Task An_Import_Into_A_Graph_With_Relationships_Should_Replace_Those_It_Gives_Again_And_Keep_The_Others()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], Organisations, [Partners("o-0", "o-1", 0.1), Partners("o-1", "o-2", 0.2)]), 0, CancellationToken.None);

        await ImportAsync(store, [Partners("o-1", "o-2", 0.7), Partners("o-4", "o-3", 0.8)]);

        Assert.Equal(
            [("o-0", "o-1", 0.1), ("o-1", "o-2", 0.7), ("o-4", "o-3", 0.8)],
            await StoredAsync(store));
    }

    [Fact]
    public async Task An_Import_Given_Up_Should_Leave_No_Relationship_Behind_And_The_Next_Import_Should_Start_Afresh()
    {
        var store = await _database.OpenAsync();
        await using (var abandoned = await store.BeginImportAsync(CancellationToken.None))
        {
            await abandoned.UpsertEntitiesAsync(Organisations, CancellationToken.None);
            await abandoned.UpsertRelationshipsAsync([Partners("o-0", "o-1", 0.1)], CancellationToken.None);
        }

        // One connection at a time: the pool hands the abandoned import's connection to the next one.
        await ImportAsync(store, [Partners("o-2", "o-3", 0.2)]);

        Assert.Equal([("o-2", "o-3", 0.2)], await StoredAsync(store));
    }

    private static Relationship Partners(string from, string to, double strength) =>
        new(from, RelationshipType.PartnersWith, to) { Strength = strength };

    private static async Task ImportAsync(IBulkImportStore store, params IReadOnlyList<Relationship>[] batches)
    {
        await using var import = await store.BeginImportAsync(CancellationToken.None);
        await import.UpsertEntitiesAsync(Organisations, CancellationToken.None);
        foreach (var batch in batches)
        {
            await import.UpsertRelationshipsAsync(batch, CancellationToken.None);
        }

        await import.CommitAsync(Audit, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<(string, string, double)>> StoredAsync(IGraphStore store)
    {
        var stored = new List<(string, string, double)>();
        await foreach (var relationship in store.ScanRelationshipsAsync(CancellationToken.None))
        {
            stored.Add((relationship.FromKey, relationship.ToKey, relationship.Strength));
        }

        return stored;
    }
}
