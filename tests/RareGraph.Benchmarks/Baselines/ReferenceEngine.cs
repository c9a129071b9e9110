using RareGraph.Benchmarks.Generation;

namespace RareGraph.Benchmarks.Baselines;

/// <summary>The benchmark's own propagation over <see cref="FlowArcs"/>, timed when the engine is not available.</summary>
internal sealed class ReferenceEngine(FlowArcs arcs) : IImpactEngine
{
    private readonly ReferenceImpact _impact = new(arcs);

    public string Name => "reference CSR propagation";

    public bool ListsOrganisationsOnly => false;

    public ImpactAnswer Answer(ImpactQuery query) => _impact.Run(query);

    public void Run(ImpactQuery query) => _impact.Run(query);

    public IImpactEngine For(SyntheticGraph graph) => new ReferenceEngine(FlowArcs.Build(graph));
}
