using RareGraph.Domain.Model;

namespace RareGraph.Benchmarks.Generation;

/// <summary>A generated graph: domain objects exactly as a store would hand them to the projection builder.</summary>
internal sealed record SyntheticGraph(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<Threat> Threats,
    DateOnly At);
