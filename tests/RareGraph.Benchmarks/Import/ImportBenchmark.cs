using System.Diagnostics;
using System.Security.Cryptography;
using RareGraph.Benchmarks.Generation;
using RareGraph.Benchmarks.Measurement;
using RareGraph.Domain.Writing;
using RareGraph.Interchange.Import;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Benchmarks.Import;

/// <summary>
/// Issue 13's bulk import into SQLite: a generated graph written as GraphML and as the CSV pair, imported into fresh
/// store files by the server's own importer (every row checked, one transaction, one audit entry), beside the ceiling
/// measured in the same run (the same rows inserted by a bare prepared-statement loop in one transaction), with the
/// peak working set of each phase. GraphML is also read alone and dry-run, to show where the time goes.
/// </summary>
internal sealed class ImportBenchmark(BenchmarkOptions options, ResultTable table, TextWriter log)
{
    private const string Goal = "≥ 300k rel/s";

    public void Run() => RunAsync().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "raregraph-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var graphMl = Path.Combine(directory, "graph.graphml");
            var nodesCsv = Path.Combine(directory, "nodes.csv");
            var relationshipsCsv = Path.Combine(directory, "relationships.csv");
            var (entities, relationships) = await WriteFilesAsync(graphMl, nodesCsv, relationshipsCsv);

            var resettable = PeakWorkingSet.Reset();
            log.WriteLine($"import: working set with the files written and the graph released {PeakWorkingSet.CurrentMiB():0} MiB" +
                          (resettable ? string.Empty : "; the peak cannot be reset here, so peaks are the process's since start"));

            await MeasureReadAsync(graphMl, relationships);
            await MeasureImportAsync("GraphML dry run (read + every check, no write)", () => new GraphMlSource(graphMl), [graphMl], directory, relationships, dryRun: true);
            var graphMlSeconds = await MeasureImportAsync("GraphML import into SQLite", () => new GraphMlSource(graphMl), [graphMl], directory, relationships, dryRun: false);
            var csvSeconds = await MeasureImportAsync("CSV pair import into SQLite", () => new CsvPairSource(nodesCsv, relationshipsCsv), [nodesCsv, relationshipsCsv], directory, relationships, dryRun: false);
            var ceilingSeconds = await MeasureCeilingAsync(directory);

            table.Add("import / ceiling", $"GraphML {ResultTable.Ratio(ceilingSeconds / graphMlSeconds)}, CSV {ResultTable.Ratio(ceilingSeconds / csvSeconds)}", string.Empty,
                $"{entities:N0} entities and {relationships:N0} relationships; the ceiling's time over the import's");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private SyntheticGraph Generate() => ImportFiles.Importable(new SyntheticGraphGenerator(options.Seed).Generate(options.ImportEdges));

    /// <summary>Writes both files from a graph generated for them, then lets the graph go: the imports start without it in memory.</summary>
    private async Task<(int Entities, int Relationships)> WriteFilesAsync(string graphMl, string nodesCsv, string relationshipsCsv)
    {
        var graph = Generate();
        var started = Stopwatch.GetTimestamp();
        await ImportFiles.WriteGraphMlAsync(graph, graphMl);
        await ImportFiles.WriteCsvPairAsync(graph, nodesCsv, relationshipsCsv);
        log.WriteLine($"import: wrote {graph.Entities.Count:N0} entities and {graph.Relationships.Count:N0} relationships as GraphML ({MiB(graphMl)}) " +
                      $"and CSV ({MiB(nodesCsv)} + {MiB(relationshipsCsv)}) in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        return (graph.Entities.Count, graph.Relationships.Count);
    }

    /// <summary>Only the reading: every row of the file parsed into its attribute values, nothing checked or written.</summary>
    private async Task MeasureReadAsync(string graphMl, int relationships)
    {
        PeakWorkingSet.Reset();
        var started = Stopwatch.GetTimestamp();
        var processor = ProcessorTime.Start();
        var collector = CollectorCost.Start();
        var source = new GraphMlSource(graphMl);
        long rows = 0;
        await foreach (var row in source.ReadNodesAsync(CancellationToken.None))
        {
            rows += row.Values.Count > 0 ? 1 : 0;
        }

        await foreach (var row in source.ReadEdgesAsync(CancellationToken.None))
        {
            rows += row.Values.Count > 0 ? 1 : 0;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        table.Add("GraphML read only (parse every row)", Rate(relationships, seconds), string.Empty,
            $"{rows:N0} rows in {seconds:0.00} s, {Processor(processor, relationships)}; {collector.Describe(relationships)}; peak working set {PeakWorkingSet.PeakMiB():0} MiB");
    }

    private async Task<double> MeasureImportAsync(string measure, Func<IImportSource> open, string[] files, string directory, int relationships, bool dryRun)
    {
        var database = Path.Combine(directory, $"import-{Guid.NewGuid():N}.db");
        using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = database });
        await store.InitializeAsync(CancellationToken.None);
        var importer = new GraphImporter(store, store, Array.Empty<IGraphChangeObserver>(), TimeProvider.System);

        PeakWorkingSet.Reset();
        var started = Stopwatch.GetTimestamp();
        var processor = ProcessorTime.Start();
        var collector = CollectorCost.Start();
        var received = new ImportFile(Path.GetFileName(files[0]), files.Sum(f => new FileInfo(f).Length), await Sha256Async(files));
        var hashed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var report = await importer.ImportAsync(open(), received, "benchmark", dryRun, CancellationToken.None);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var collected = collector.Describe(relationships);
        var peak = PeakWorkingSet.PeakMiB();
        var checkpointStarted = Stopwatch.GetTimestamp();
        await store.WhenCheckpointedAsync();
        if (!dryRun)
        {
            log.WriteLine($"import: {measure}: the checkpoint after the answer (off the caller's path) ended {Stopwatch.GetElapsedTime(checkpointStarted).TotalSeconds:0.00} s after it");
        }

        var imported = report.Relationships.Values.Sum();
        if (report.ProblemCount > 0 || imported != relationships || report.Committed == dryRun)
        {
            throw new InvalidOperationException(
                $"{measure}: {report.ProblemCount} problems (first: {report.Problems.FirstOrDefault()}), {imported:N0} of {relationships:N0} relationships, committed {report.Committed}.");
        }

        table.Add(measure, Rate(relationships, seconds), dryRun ? string.Empty : Goal,
            $"{seconds:0.00} s for the file ({hashed:0.00} s of it hashing, as the endpoint does), {Processor(processor, relationships)}; {collected}; peak working set {peak:0} MiB");
        return seconds;
    }

    /// <summary>The same rows, generated again (the generator is deterministic) and held in memory, by a bare loop.</summary>
    private async Task<double> MeasureCeilingAsync(string directory)
    {
        var graph = Generate();
        PeakWorkingSet.Reset();
        var started = Stopwatch.GetTimestamp();
        var processor = ProcessorTime.Start();
        var collector = CollectorCost.Start();
        var database = Path.Combine(directory, "ceiling.db");
        await InsertCeiling.InsertAsync(database, graph.Entities, graph.Relationships, log);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var collected = collector.Describe(graph.Relationships.Count);
        log.WriteLine($"import: ceiling: the checkpoint after it (not in its time) {await InsertCeiling.CheckpointAsync(database):0.00} s");
        table.Add("ceiling: the same rows, bare prepared-statement loop, one transaction", Rate(graph.Relationships.Count, seconds), string.Empty,
            $"{seconds:0.00} s for {graph.Entities.Count:N0} entities and {graph.Relationships.Count:N0} relationships, {Processor(processor, graph.Relationships.Count)}; {collected}; " +
            $"peak working set {PeakWorkingSet.PeakMiB():0} MiB (the rows are held in memory)");
        return seconds;
    }

    private static string Rate(int relationships, double seconds) => ResultTable.Rate(relationships / seconds) + " rel";

    /// <summary>The phase's processor time and the rate per processor-second, the figure that moves least with the machine's load.</summary>
    private static string Processor(ProcessorTime processor, int relationships)
    {
        var seconds = processor.Seconds;
        return $"{seconds:0.00} s of processor time ({ResultTable.Rate(relationships / seconds)} rel per processor-second)";
    }

    private static string MiB(string path) => $"{new FileInfo(path).Length / (1024.0 * 1024.0):0} MiB";

    /// <summary>The SHA-256 over every file, in order, as the import endpoint computes it for the audit entry.</summary>
    private static async Task<string> Sha256Async(string[] paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var path in paths)
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
            int read;
            while ((read = await file.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
