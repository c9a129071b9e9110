using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;
using RareGraph.Storage.Tests.Sqlite;

namespace RareGraph.Storage.Tests.Writing;

/// <summary>The real write path over a fresh SQLite file holding <see cref="SampleGraph"/> (version 1), written through the writer itself.</summary>
public sealed class WriterFixture : IAsyncDisposable
{
    private readonly TemporaryDatabase _database;

    private WriterFixture(TemporaryDatabase database, SqliteGraphStore store)
    {
        _database = database;
        Store = store;
        Writer = new GraphWriter(store, [Changes]);
    }

    public SqliteGraphStore Store { get; }

    public GraphWriter Writer { get; }

    public RecordingObserver Changes { get; } = new();

    public static async Task<WriterFixture> StartAsync()
    {
        var database = new TemporaryDatabase();
        var fixture = new WriterFixture(database, await database.OpenAsync());
        await fixture.WriteAsync(Request(SampleGraph.Entities, SampleGraph.Relationships));
        return fixture;
    }

    public static WriteRequest Request(IEnumerable<Entity> entities, IEnumerable<Relationship>? relationships = null)
    {
        var request = new WriteRequest("test");
        foreach (var entity in entities.Select((e, i) => new Located<Entity>(e, $"input.entities.{i}")))
        {
            request.Entities.Add(entity);
        }

        foreach (var relationship in (relationships ?? []).Select((r, i) => new Located<Relationship>(r, $"input.relationships.{i}")))
        {
            request.Relationships.Add(relationship);
        }

        return request;
    }

    public Task<WriteOutcome> WriteAsync(WriteRequest request) => Writer.ApplyAsync(request, default);

    /// <summary>Puts an audit entry for <paramref name="version"/> into the file behind the store's back (actor <c>stray</c>).</summary>
    public async Task RecordStrayAuditEntryAsync(long version)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.PathOf()}");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO audit_entries (version, at, actor, operation, changes) VALUES ($version, '2020-01-01T00:00:00Z', 'stray', 'unknown', '[]')";
        insert.Parameters.AddWithValue("$version", version);
        await insert.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync()
    {
        Writer.Dispose();
        _database.Dispose();
        return ValueTask.CompletedTask;
    }
}
