using Microsoft.Data.Sqlite;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>How the store fails: all or nothing, as UNAVAILABLE, transient only when waiting may help, never showing SQL.</summary>
public sealed class SqliteStoreFaultTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_Write_That_Fails_Midway_Should_Leave_Nothing_Written()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities.ToList(), SampleGraph.Relationships.ToList()), 0, default);
        await using (var saboteur = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False"))
        {
            // The last statement of the write fails inside the database, after every earlier one has run.
            await saboteur.OpenAsync();
            await using var trigger = saboteur.CreateCommand();
            trigger.CommandText =
                "CREATE TRIGGER refuse_poison BEFORE INSERT ON relationships WHEN NEW.to_key = 'poison' BEGIN SELECT RAISE(ABORT, 'refused'); END";
            await trigger.ExecuteNonQueryAsync();
        }

        var write = new GraphWrite(
            [new RelationshipKey("o-ngo", RelationshipType.BasedIn, "j-hu")],
            ["t-slapp"],
            [new Organisation("o-new", "New", OrganisationKind.Ngo)],
            [new Relationship("o-new", RelationshipType.BasedIn, "j-fr"), new Relationship("o-new", RelationshipType.PartnersWith, "poison")]);

        var failure = await Assert.ThrowsAsync<RareGraphException>(() => store.ApplyAsync(write, 1, default));

        Assert.Equal(ErrorCodes.Unavailable, failure.Code);
        Assert.False(failure.IsTransient);
        Assert.DoesNotContain("INSERT", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await store.GetVersionAsync(default));
        Assert.Equal(["o-ngo", "t-slapp"], (await store.GetEntitiesAsync(["o-ngo", "t-slapp", "o-new"], default)).Select(e => e.Key).Order());
        Assert.Single(await store.GetRelationshipsAsync([new RelationshipKey("o-ngo", RelationshipType.BasedIn, "j-hu")], default));
        Assert.Empty(await store.GetRelationshipsOfAsync(["o-new"], RelationshipDirection.Both, null, default));
    }

    [Fact]
    public async Task A_Write_Blocked_By_Another_Writer_Should_Fail_As_Transient_Unavailable()
    {
        var store = await _database.OpenAsync(busyTimeout: TimeSpan.FromSeconds(1));
        await using var other = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await other.OpenAsync();
        await using var lockHolder = other.BeginTransaction(deferred: false);

        var failure = await Assert.ThrowsAsync<RareGraphException>(
            () => store.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities.Take(1).ToList(), []), 0, default));

        Assert.Equal(ErrorCodes.Unavailable, failure.Code);
        Assert.True(failure.IsTransient);
        Assert.DoesNotContain("BEGIN", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Readers_Should_Not_Wait_For_A_Writer()
    {
        var store = await _database.OpenAsync(busyTimeout: TimeSpan.FromSeconds(1));
        await store.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities.ToList(), []), 0, default);
        await using var other = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await other.OpenAsync();
        await using var writer = other.BeginTransaction(deferred: false);
        await using (var change = other.CreateCommand())
        {
            change.Transaction = writer;
            change.CommandText = "UPDATE graph_meta SET version = 99";
            await change.ExecuteNonQueryAsync();
        }

        Assert.Equal(1, await store.GetVersionAsync(default));
        Assert.Equal(SampleGraph.Entities.Count, (await store.GetEntitiesAsync(SampleGraph.Entities.Select(e => e.Key).ToList(), default)).Count);
    }

    [Fact]
    public async Task A_Database_That_Cannot_Be_Opened_Should_Be_Unavailable_Without_Details()
    {
        var directory = _database.PathOf("is-a-folder");
        Directory.CreateDirectory(directory);
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = directory });

        var failure = await Assert.ThrowsAsync<RareGraphException>(() => store.InitializeAsync(default));

        Assert.Equal(ErrorCodes.Unavailable, failure.Code);
        Assert.DoesNotContain("is-a-folder", failure.Message, StringComparison.Ordinal);
    }
}
