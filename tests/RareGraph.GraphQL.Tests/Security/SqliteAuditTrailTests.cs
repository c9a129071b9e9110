using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Storage.Sqlite.Auditing;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>The SQLite audit table keeps one entry per graph version and refuses to be rewritten, even by raw SQL.</summary>
public sealed class SqliteAuditTrailTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "raregraph-tests", Guid.NewGuid().ToString("N"), "audit.db");

    [Fact]
    public async Task Appending_The_Same_Version_Twice_Should_Keep_The_First_Entry()
    {
        var trail = new SqliteAuditTrail(_path);
        trail.Append(Entry(7, "key:first"));
        trail.Append(Entry(7, "key:second"));

        var entries = await trail.ListAsync(new AuditQuery(10), CancellationToken.None);
        var entry = Assert.Single(entries);
        Assert.Equal("key:first", entry.Actor);
        Assert.Equal("{\"Key\":\"HU\"}", Assert.Single(entry.Changes).After);
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_entries")]
    public void Rewriting_The_Trail_Should_Be_Refused(string sql)
    {
        new SqliteAuditTrail(_path).Append(Entry(1, "key:ops"));
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        var refused = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner, as elsewhere in these tests.
        }
    }

    private static AuditEntry Entry(long version, string actor) =>
        new(version, DateTimeOffset.UnixEpoch, actor, "upsertJurisdiction", [new AuditedChange(AuditSubject.Entity, "HU", null, "{\"Key\":\"HU\"}")]);
}
