using System.Globalization;
using Microsoft.Data.Sqlite;
using RareGraph.TestSupport;

namespace RareGraph.EndToEnd.Tests.Hosting;

/// <summary>
/// Issue 13: the operator's <c>import</c> command on the built server, against the store it is configured with — the
/// file lands in one transaction, a dry run writes nothing, a bad file is one line and a non-zero exit, and a
/// <c>kill -9</c> in the middle of an import leaves the store exactly as it was.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("raregraph-import-command-").FullName;

    private string Database => Path.Combine(_directory, "raregraph.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Import_Command_Should_Write_The_File_Into_The_Configured_Store_In_One_Version()
    {
        var file = await GeneratedGraphMl.WriteAsync(Path.Combine(_directory, "alliance.graphml"), 50, 4);

        using var import = Run("import", file);

        Assert.True(await import.ExitCodeAsync() == 0, Output(import));
        var summary = Assert.Single(import.Stdout, l => l.Length > 0);
        Assert.StartsWith("Imported alliance.graphml (graphml, sha256 ", summary, StringComparison.Ordinal);
        Assert.Contains("50 entities and 200 relationships; graph version 1.", summary, StringComparison.Ordinal);
        Assert.Equal((1L, 200L), await StateAsync());
    }

    [Fact]
    public async Task Import_Command_Should_Round_Trip_An_Export_Of_The_Demo_Graph_With_The_Alliance_Work()
    {
        string exported;
        using (var demo = new RareGraphApp(demoData: true))
        {
            exported = await demo.CreateClient().GetStringAsync(new Uri("/export/graph.graphml", UriKind.Relative));
        }

        Assert.Contains("PARTICIPATES_IN", exported, StringComparison.Ordinal);
        var file = Path.Combine(_directory, "demo.graphml");
        await File.WriteAllTextAsync(file, exported);

        using (var import = Run("import", file))
        {
            Assert.True(await import.ExitCodeAsync() == 0, Output(import));
        }

        using var imported = new RareGraphApp(demoData: false, settings: new Dictionary<string, string?> { ["RareGraph:Sqlite:Path"] = Database });
        Assert.Equal(exported, await imported.CreateClient().GetStringAsync(new Uri("/export/graph.graphml", UriKind.Relative)));
    }

    [Fact]
    public async Task Dry_Run_Should_Report_The_Counts_And_Write_Nothing()
    {
        var file = await GeneratedGraphMl.WriteAsync(Path.Combine(_directory, "alliance.graphml"), 20, 2);

        using var import = Run("import", file, "--dry-run");

        Assert.True(await import.ExitCodeAsync() == 0, Output(import));
        Assert.Contains(import.Stdout, l => l.StartsWith("Dry run of alliance.graphml (graphml): 20 entities and 40 relationships would be imported", StringComparison.Ordinal));
        Assert.Equal((0L, 0L), await StateAsync());
    }

    [Fact]
    public async Task Bad_File_Should_Be_One_Line_Naming_The_Problem_With_A_Non_Zero_Exit_And_Nothing_Written()
    {
        var file = await GeneratedGraphMl.WriteAsync(Path.Combine(_directory, "broken.graphml"), 20, 2, missingLastTarget: true);

        using var import = Run("import", file);

        Assert.Equal(65, await import.ExitCodeAsync());
        var line = Assert.Single(import.Stderr, l => l.Length > 0);
        Assert.StartsWith("RareGraph import: broken.graphml: line ", line, StringComparison.Ordinal);
        Assert.Contains("org:missing", line, StringComparison.Ordinal);
        Assert.Contains("nothing was written", line, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), await StateAsync());
    }

    [Fact]
    public async Task File_That_Is_Not_Xml_Should_Be_One_Line_Naming_Its_Line()
    {
        var file = Path.Combine(_directory, "truncated.graphml");
        await File.WriteAllTextAsync(file, "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\n<node id=\"a\"");

        using var import = Run("import", file);

        Assert.Equal(65, await import.ExitCodeAsync());
        var line = Assert.Single(import.Stderr, l => l.Length > 0);
        Assert.StartsWith("RareGraph import: ", line, StringComparison.Ordinal);
        Assert.Contains("line 4", line, StringComparison.Ordinal);
        Assert.DoesNotContain(import.Stderr.Concat(import.Stdout), l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_File_And_Bad_Arguments_Should_Exit_Non_Zero_With_One_Line()
    {
        using (var missing = Run("import", Path.Combine(_directory, "nowhere.graphml")))
        {
            Assert.Equal(66, await missing.ExitCodeAsync());
            Assert.Contains("nowhere.graphml", Assert.Single(missing.Stderr, l => l.Length > 0), StringComparison.Ordinal);
        }

        using var usage = Run("import", "--frobnicate");
        Assert.Equal(64, await usage.ExitCodeAsync());
        Assert.StartsWith("usage: ", Assert.Single(usage.Stderr, l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kill_9_During_An_Import_Should_Leave_The_Store_As_It_Was()
    {
        var seed = await GeneratedGraphMl.WriteAsync(Path.Combine(_directory, "seed.graphml"), 30, 3);
        using (var first = Run("import", seed))
        {
            Assert.True(await first.ExitCodeAsync() == 0, Output(first));
        }

        var before = await StateAsync();
        var large = await GeneratedGraphMl.WriteAsync(Path.Combine(_directory, "large.graphml"), 3_000, 100);
        using var import = Run("import", large, "--progress");

        // Killed once a fifth of the file's rows are read, so the import is inside its transaction, far from its commit.
        // (Waiting for the write-ahead log to grow no longer works: with the import's large page cache and
        // synchronous = NORMAL, the log grows only in the commit itself, which then ends within one poll.)
        var midway = false;
        for (var i = 0; i < 12_000 && !import.HasExited && !midway; i++)
        {
            await Task.Delay(10);
            midway = import.Stderr.Any(line => RowsRead(line) >= 60_000);
        }

        Assert.True(midway && !import.HasExited, "The import ended before it was killed: " + Output(import));
        import.Kill();

        Assert.Equal(before, await StateAsync());
        Assert.Equal("ok", await QuickCheckAsync());
    }

    /// <summary>The rows an <c>--progress</c> line says were read, or -1 for any other line.</summary>
    private static long RowsRead(string line)
    {
        const string Prefix = "importing: ";
        var end = line.IndexOf(" rows read", StringComparison.Ordinal);
        return line.StartsWith(Prefix, StringComparison.Ordinal) && end > Prefix.Length
            && long.TryParse(line.AsSpan(Prefix.Length, end - Prefix.Length), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var rows)
            ? rows
            : -1;
    }

    private ServerProcess Run(params string[] args) =>
        ServerProcess.Run(new Dictionary<string, string> { ["RareGraph__Sqlite__Path"] = Database }, args);

    private static string Output(ServerProcess process) =>
        $"stdout: {string.Join('\n', process.Stdout)}; stderr: {string.Join('\n', process.Stderr)}";

    /// <summary>The graph version and the number of relationships, read straight from the file.</summary>
    private async Task<(long Version, long Relationships)> StateAsync()
    {
        if (!File.Exists(Database))
        {
            return (0, 0);
        }

        await using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return (await ScalarAsync(connection, "SELECT version FROM graph_meta"), await ScalarAsync(connection, "SELECT count(*) FROM relationships"));
    }

    private async Task<string> QuickCheckAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
