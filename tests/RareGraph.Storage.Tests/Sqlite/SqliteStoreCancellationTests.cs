using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// A caller that gives up during a write (a closed HTTP request, a shutdown) must leave the graph as it was, and must
/// not leave the write lock behind for the next writer.
/// </summary>
public sealed class SqliteStoreCancellationTests : IDisposable
{
    private const int Partners = 40;

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_Write_Cancelled_Midway_Should_Leave_Version_And_Data_Unchanged()
    {
        var store = await _database.OpenAsync();
        var organisations = Organisations(500);
        await store.ApplyAsync(new GraphWrite([], [], organisations, []), 0, default);
        var partnerships = Partnerships(organisations);
        using var impatience = new CancellationTokenSource();

        // The token usually fires inside the 20,000-row write, which takes hundreds of milliseconds; whenever it fires,
        // the write must be all or nothing.
        impatience.CancelAfter(TimeSpan.FromMilliseconds(5));
        var outcome = await Record.ExceptionAsync(() => store.ApplyAsync(new GraphWrite([], [], [], partnerships), 1, impatience.Token));

        var version = await store.GetVersionAsync(default);
        var stored = await CountAsync(store.ScanRelationshipsAsync(default));
        if (outcome is null)
        {
            // The machine outran the timer; then the write must be whole.
            Assert.Equal((2L, partnerships.Count), (version, stored));
        }
        else
        {
            Assert.IsAssignableFrom<OperationCanceledException>(outcome);
            Assert.Equal((1L, 0), (version, stored));
        }
    }

    [Fact]
    public async Task A_Write_Cancelled_Before_It_Starts_Should_Write_Nothing_And_Not_Block_The_Next_Writer()
    {
        var store = await _database.OpenAsync(busyTimeout: TimeSpan.FromSeconds(1));
        var organisations = Organisations(50);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.ApplyAsync(new GraphWrite([], [], organisations, []), 0, cancelled.Token));

        Assert.Equal(0, await store.GetVersionAsync(default));
        Assert.Equal(1, await store.ApplyAsync(new GraphWrite([], [], organisations, Partnerships(organisations)), 0, default));
        Assert.Equal(organisations.Count, await CountAsync(store.ScanEntitiesAsync(default)));
    }

    [Fact]
    public async Task A_Cancelled_Write_Should_Release_The_Lock_For_The_Next_Writer()
    {
        var store = await _database.OpenAsync(busyTimeout: TimeSpan.FromSeconds(1));
        var organisations = Organisations(500);
        await store.ApplyAsync(new GraphWrite([], [], organisations, []), 0, default);
        using var impatience = new CancellationTokenSource(TimeSpan.FromMilliseconds(5));
        var first = await Record.ExceptionAsync(
            () => store.ApplyAsync(new GraphWrite([], [], [], Partnerships(organisations)), 1, impatience.Token));
        var expected = first is null ? 2 : 1;

        // A second store on the same file writes through SQLite's lock, not this store's in-process gate.
        var other = await _database.OpenAsync(busyTimeout: TimeSpan.FromSeconds(1));
        var version = await other.ApplyAsync(new GraphWrite([], ["org00000"], [], []), expected, default);

        Assert.Equal(expected + 1, version);
        Assert.Equal(expected + 2, await store.ApplyAsync(new GraphWrite([], ["org00001"], [], []), expected + 1, default));
    }

    private static List<Organisation> Organisations(int count) =>
        Enumerable.Range(0, count).Select(i => new Organisation($"org{i:00000}", $"Org {i}", OrganisationKind.Ngo)).ToList();

    private static List<Relationship> Partnerships(List<Organisation> organisations) =>
        organisations
            .SelectMany((from, i) => Enumerable.Range(1, Math.Min(Partners, organisations.Count - 1)).Select(step => new Relationship(
                from.Key,
                RelationshipType.PartnersWith,
                organisations[(i + step) % organisations.Count].Key)))
            .ToList();

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return count;
    }
}
