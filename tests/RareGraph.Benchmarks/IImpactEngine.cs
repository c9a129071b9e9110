using RareGraph.Benchmarks.Baselines;
using RareGraph.Benchmarks.Generation;

namespace RareGraph.Benchmarks;

/// <summary>The engine under test, answering <see cref="ImpactQuery"/> in the baselines' terms so answers can be compared.</summary>
internal interface IImpactEngine
{
    string Name { get; }

    /// <summary>True when answers list Organisations only (the API's report) rather than every node reached.</summary>
    bool ListsOrganisationsOnly { get; }

    /// <summary>The answer with the arcs it scanned; not timed.</summary>
    ImpactAnswer Answer(ImpactQuery query);

    /// <summary>The query as a caller runs it; timed.</summary>
    void Run(ImpactQuery query);

    /// <summary>The same engine over another graph.</summary>
    IImpactEngine For(SyntheticGraph graph);
}
