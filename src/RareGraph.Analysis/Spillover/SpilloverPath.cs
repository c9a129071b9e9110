using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// A walk through the graph: <see cref="NodeKeys"/> in walk order and, between each consecutive pair, the stored
/// relationship walked (which may point either way). <see cref="Score"/> is the product of the step factors taken in
/// walk order; <see cref="Hops"/> the number of steps.
/// </summary>
public sealed record SpilloverPath(
    IReadOnlyList<string> NodeKeys,
    IReadOnlyList<RelationshipKey> Relationships,
    double Score,
    int Hops);
