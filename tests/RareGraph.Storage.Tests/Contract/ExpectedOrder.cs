using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>The order a listing must have, worked out in memory from <see cref="SortValues"/>, the contract's definition.</summary>
public static class ExpectedOrder
{
    public static IReadOnlyList<string> Keys(IEnumerable<Entity> entities, EntityLabel label, IReadOnlyList<SortSpec> sort)
    {
        var list = entities.Where(e => e.Label == label).ToList();
        list.Sort((a, b) => Compare(a, b, sort));
        return list.Select(e => e.Key).ToList();
    }

    public static KeysetPosition PositionOf(Entity entity, IReadOnlyList<SortSpec> sort) =>
        new(sort.Select(s => SortValues.Of(entity, s.Field)).ToList(), entity.Key);

    private static int Compare(Entity a, Entity b, IReadOnlyList<SortSpec> sort)
    {
        foreach (var spec in sort)
        {
            var order = CompareValues(SortValues.Of(a, spec.Field), SortValues.Of(b, spec.Field));
            if (order != 0)
            {
                return spec.Descending ? -order : order;
            }
        }

        return string.CompareOrdinal(a.Key, b.Key);
    }

    private static int CompareValues(object a, object b) => (a, b) switch
    {
        (string x, string y) => string.CompareOrdinal(x, y),
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        (int x, int y) => x.CompareTo(y),
        _ => throw new ArgumentException("Sort values of different types.", nameof(b)),
    };
}
