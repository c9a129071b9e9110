using RareGraph.Domain.Model;

namespace RareGraph.Domain.Querying;

/// <summary>
/// One page of entities of <paramref name="Label"/> in keyset order. <paramref name="Sort"/> is applied in order and then
/// by key ascending. When <paramref name="Backward"/> is true the store reads the <paramref name="Limit"/> entities just
/// before <paramref name="Position"/> (or the last ones when it is null) and still returns them in forward order.
/// </summary>
public sealed record EntityQuery(
    EntityLabel Label,
    EntityFilter? Filter,
    IReadOnlyList<SortSpec> Sort,
    KeysetPosition? Position,
    bool Backward,
    int Limit);
