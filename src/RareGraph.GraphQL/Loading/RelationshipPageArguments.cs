using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Loading;

/// <summary>
/// The arguments of one <c>relationships</c> connection field, as a value: the same field inside a list asks with equal
/// arguments for every parent, so all of them share one batch loader and one store call.
/// </summary>
/// <param name="Direction">The <c>direction</c> argument.</param>
/// <param name="TypeMask">The asked types as bits (<c>1 &lt;&lt; type</c>), or null for every type.</param>
/// <param name="At">The <c>at</c> argument.</param>
/// <param name="Position">The decoded <c>after</c> or <c>before</c> cursor.</param>
/// <param name="Backward">True for <c>last</c>/<c>before</c>.</param>
/// <param name="Limit">The page size plus one (to know whether more follow).</param>
internal sealed record RelationshipPageArguments(
    RelationshipDirection Direction,
    long? TypeMask,
    DateOnly? At,
    RelationshipKey? Position,
    bool Backward,
    int Limit)
{
    public static long? MaskOf(IEnumerable<RelationshipType>? types) =>
        types?.Aggregate(0L, (mask, type) => mask | (1L << (int)type));

    public RelationshipPageQuery ToQuery(IReadOnlyCollection<string> keys) =>
        new(keys, Direction, TypeMask is { } mask ? Enum.GetValues<RelationshipType>().Where(t => (mask & (1L << (int)t)) != 0).ToList() : null, At, Position, Backward, Limit);
}
