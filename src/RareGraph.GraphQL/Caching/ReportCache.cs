using System.Diagnostics;
using RareGraph.GraphQL.Telemetry;

namespace RareGraph.GraphQL.Caching;

/// <summary>
/// Keeps the few most recently asked impact reports in this process, under the same key as <see cref="AnalysisCache"/>
/// (analysis, graph version, normalised arguments).
/// </summary>
/// <remarks>
/// Impact reports do not go through the distributed cache: a whole-graph report lists a hundred thousand organisations
/// and holds the tree their explaining paths are built from, far too much to serialise to Redis and back on every click,
/// while computing it again takes tens of milliseconds. Kept here, a report is computed once per replica and graph
/// version, and its paths are turned into views only for the pages actually read. Reports of an older graph version
/// are dropped as soon as a newer one is stored.
/// </remarks>
public sealed class ReportCache
{
    private const int Capacity = 8;

    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _recent = new();

    public T GetOrCompute<T>(string analysis, long graphVersion, object arguments, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var key = AnalysisCache.Key(analysis, graphVersion, arguments);
        var tag = new KeyValuePair<string, object?>("analysis", analysis);
        lock (_gate)
        {
            for (var node = _recent.First; node is not null; node = node.Next)
            {
                if (string.Equals(node.Value.Key, key, StringComparison.Ordinal))
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    RareGraphTelemetry.CacheHits.Add(1, tag);
                    return (T)node.Value.Value;
                }
            }
        }

        RareGraphTelemetry.CacheMisses.Add(1, tag);
        using var activity = RareGraphTelemetry.Source.StartActivity($"analysis {analysis}");
        activity?.SetTag("raregraph.analysis", analysis);
        activity?.SetTag("raregraph.graph_version", graphVersion);
        var started = Stopwatch.GetTimestamp();
        var result = compute();
        RareGraphTelemetry.AnalysisDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
        lock (_gate)
        {
            for (var node = _recent.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.GraphVersion < graphVersion || string.Equals(node.Value.Key, key, StringComparison.Ordinal))
                {
                    _recent.Remove(node);
                }

                node = next;
            }

            _recent.AddFirst(new Entry(key, graphVersion, result));
            while (_recent.Count > Capacity)
            {
                _recent.RemoveLast();
            }
        }

        return result;
    }

    private sealed record Entry(string Key, long GraphVersion, object Value);
}
