using System.Diagnostics;
using RareGraph.Analysis.Projection;
using RareGraph.Benchmarks.Baselines;
using RareGraph.Benchmarks.Generation;
using RareGraph.Benchmarks.Measurement;

namespace RareGraph.Benchmarks;

/// <summary>Builds the engine under test, measuring the projection build's speed and memory on the way.</summary>
internal static class EngineFactory
{
    public static AnalysisEngine Create(SyntheticGraph graph, ResultTable table, TextWriter log)
    {
        var relationships = graph.Relationships.Count;
        var times = new Latencies();
        GraphProjection? projection = null;
        var retained = 0L;
        var allocated = 0L;
        for (var run = 0; run < 3; run++)
        {
            projection = null;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            projection = GraphProjection.Build(graph.Entities, graph.Relationships);
            times.Add(Stopwatch.GetElapsedTime(started));
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            retained = GC.GetTotalMemory(forceFullCollection: true) - before;
            GC.KeepAlive(projection);
        }

        var seconds = times.Percentile(50) / 1000.0;
        var perMillion = 1_000_000.0 / relationships;
        log.WriteLine($"projection: {projection!.NodeCount:N0} nodes, {projection.RelationshipCount:N0} relationships");
        table.Add("projection build (from domain objects)", ResultTable.Ms(times.Percentile(50)), string.Empty, $"median of 3, {relationships:N0} relationships");
        table.Add("projection build rate", ResultTable.Rate(relationships / seconds) + " edges", "≥ 5M edges/s",
            "includes interning every key into the id dictionary");
        table.Add("projection memory retained", $"{retained * perMillion / (1 << 20):0.0} MB per 1M edges", "≤ 64 MB per 1M edges",
            $"GC.GetTotalMemory delta, keys and id dictionary included; {allocated * perMillion / (1 << 20):0.0} MB allocated per 1M edges while building");
        MeasureBuildInStoreOrder(graph, table);
        MeasureAnalysisIndexes(projection, retained, perMillion, table);
        return new AnalysisEngine(projection, FlowArcs.Build(graph));
    }

    /// <summary>
    /// The build as the server does it: both stores scan entities ordered by key and relationships ordered by their
    /// from-key, so consecutive relationships share it and the builder looks it up once per run of rows instead of once
    /// per row. A scan also makes each row's object and key strings as it reads them, so they lie in memory in scan
    /// order: the sorted rows are made afresh here too (merely sorting the generated objects would make every row a
    /// cache miss that a real scan does not pay).
    /// </summary>
    private static void MeasureBuildInStoreOrder(SyntheticGraph graph, ResultTable table)
    {
        var entities = graph.Entities
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e with { Key = new string(e.Key.AsSpan()) })
            .ToList();
        var sorted = graph.Relationships
            .OrderBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal)
            .Select(r => r with { FromKey = new string(r.FromKey.AsSpan()), ToKey = new string(r.ToKey.AsSpan()) })
            .ToList();
        var times = new Latencies();
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            var started = Stopwatch.GetTimestamp();
            GC.KeepAlive(GraphProjection.Build(entities, sorted));
            times.Add(Stopwatch.GetElapsedTime(started));
        }

        table.Add("projection build rate, in store-scan order", ResultTable.Rate(sorted.Count / (times.Percentile(50) / 1000.0)) + " edges",
            "≥ 5M edges/s", $"median of 3 ({ResultTable.Ms(times.Percentile(50))}); entities by key and relationships by from-key, made afresh in that order, as both stores scan them");
    }

    /// <summary>
    /// The per-snapshot indexes the impact query builds on first use (arc layout, inflow index, BASED_IN index, key
    /// ranks): what they cost once, and what a snapshot that serves impact queries holds in all.
    /// </summary>
    private static void MeasureAnalysisIndexes(GraphProjection projection, long projectionBytes, double perMillion, ResultTable table)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var started = Stopwatch.GetTimestamp();
        _ = projection.ArcLayout;
        var inflow = projection.InflowIndex;
        _ = projection.BasedInIndex;
        _ = projection.KeyRanks;
        var elapsed = Stopwatch.GetElapsedTime(started);
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        var inflowNote = inflow is null
            ? "no inflow index (too many distinct strengths): impact scatters only"
            : $"inflow index of {inflow.EntryCount:N0} entries in {inflow.ClassCount:N0} classes";
        table.Add("analysis indexes (built once per snapshot, on first impact query)", ResultTable.Ms(elapsed.TotalMilliseconds), string.Empty,
            $"arc layout, {inflowNote}, BASED_IN index, key ranks; {indexBytes * perMillion / (1 << 20):0.0} MB per 1M edges");
        table.Add("snapshot memory with the analysis indexes", $"{(projectionBytes + indexBytes) * perMillion / (1 << 20):0.0} MB per 1M edges",
            "≤ 64 MB per 1M edges", "projection plus the indexes above");
    }
}
