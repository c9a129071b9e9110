using System.Diagnostics;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// A version read is answered without SQLite while the WAL-index header reads as it did at the last read. The promise
/// that must hold: a write acknowledged before a read began is always seen by that read, whoever committed it — this
/// store, another store on the file, another process — and across a checkpoint that restarts the WAL.
/// </summary>
public sealed class SqliteVersionHeaderTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Reads_While_Nothing_Commits_Should_Not_Reach_Sqlite()
    {
        using var store = await _database.OpenAsync();
        var version = await store.GetVersionAsync(default);
        await store.GetVersionAsync(default);
        var before = store.VersionReadsFromSqlite;

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(version, await store.GetVersionAsync(default));
        }

        Assert.Equal(before, store.VersionReadsFromSqlite);
    }

    [Fact]
    public async Task A_Write_Through_The_Same_Store_Should_Be_Seen_By_The_Next_Read()
    {
        using var store = await _database.OpenAsync();
        var version = await store.GetVersionAsync(default);

        for (var i = 0; i < 10; i++)
        {
            await store.GetVersionAsync(default);
            version = await store.ApplyAsync(OneOrganisation(i), version, default);
            Assert.Equal(version, await store.GetVersionAsync(default));
        }
    }

    [Fact]
    public async Task A_Write_Through_Another_Store_On_The_File_Should_Be_Seen_By_The_Next_Read()
    {
        using var reader = await _database.OpenAsync();
        using var writer = await _database.OpenAsync();
        var version = await reader.GetVersionAsync(default);

        for (var i = 0; i < 10; i++)
        {
            await reader.GetVersionAsync(default);
            version = await writer.ApplyAsync(OneOrganisation(i), version, default);
            Assert.Equal(version, await reader.GetVersionAsync(default));
        }
    }

    [Fact]
    public async Task A_Write_Acknowledged_Before_A_Concurrent_Read_Began_Should_Always_Be_Seen()
    {
        using var reader = await _database.OpenAsync();
        using var writer = await _database.OpenAsync();
        var acknowledged = await writer.GetVersionAsync(default);
        using var stop = new CancellationTokenSource();

        var reads = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var seen = 0;
            while (!stop.IsCancellationRequested)
            {
                var floor = Volatile.Read(ref acknowledged);
                var read = await reader.GetVersionAsync(default);
                Assert.True(read >= floor, $"read {read} after write {floor} was acknowledged");
                seen++;
            }

            return seen;
        })).ToList();

        for (var i = 0; i < 200; i++)
        {
            Volatile.Write(ref acknowledged, await writer.ApplyAsync(OneOrganisation(i), acknowledged, default));
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(reads), seen => Assert.True(seen > 0));
    }

    [Fact]
    public async Task A_Write_By_Another_Process_Should_Be_Seen_By_The_Next_Read()
    {
        using var store = await _database.OpenAsync();
        var version = await store.GetVersionAsync(default);

        for (var i = 0; i < 3; i++)
        {
            await store.GetVersionAsync(default);
            await RunPythonAsync("c.execute('UPDATE graph_meta SET version = version + 1 WHERE id = 1')");
            Assert.Equal(++version, await store.GetVersionAsync(default));
        }
    }

    [Fact]
    public async Task A_Write_After_A_Checkpoint_That_Restarts_The_Wal_Should_Be_Seen()
    {
        using var store = await _database.OpenAsync();
        var version = await store.GetVersionAsync(default);

        // Each round truncates the WAL, then commits one frame again: the frame count repeats, the salts must not.
        for (var i = 0; i < 3; i++)
        {
            await store.GetVersionAsync(default);
            await RunPythonAsync(
                "c.execute('PRAGMA wal_checkpoint(TRUNCATE)').fetchall(); c.execute('UPDATE graph_meta SET version = version + 1 WHERE id = 1')");
            Assert.Equal(++version, await store.GetVersionAsync(default));
        }

        await using var connection = new SqliteConnection($"Data Source={_database.PathOf()}");
        await connection.OpenAsync();
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }

        Assert.Equal(version, await store.GetVersionAsync(default));
        version = await store.ApplyAsync(OneOrganisation(0), version, default);
        Assert.Equal(version, await store.GetVersionAsync(default));
    }

    [Fact]
    public async Task A_File_Not_In_Wal_Mode_Should_Have_No_Header_To_Read()
    {
        var path = _database.PathOf("rollback.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode = DELETE; CREATE TABLE t(x)";
            create.ExecuteNonQuery();
        }

        Assert.Null(WalIndexHeader.TryMap(connection));
    }

    private static GraphWrite OneOrganisation(int index) =>
        new([], [], [new Organisation($"org-{index}", $"Organisation {index}", OrganisationKind.Ngo)], []);

    /// <summary>Commits through Python's sqlite3 module: another process, with a SQLite of its own.</summary>
    private async Task RunPythonAsync(string statements)
    {
        var script = $"import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)\n{statements}\nc.close()\n";
        using var python = Process.Start(new ProcessStartInfo("python3")
        {
            ArgumentList = { "-c", script, _database.PathOf() },
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var errors = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, errors);
    }
}
