using RareGraph.Domain.Model;

namespace RareGraph.Domain.Querying;

/// <summary>Groups and orders aggregate buckets the same way for every store.</summary>
public static class CountBuckets
{
    /// <summary>
    /// The order of an answer: by the first key, then the second…, each ordinally with null last. Stores return buckets
    /// in any order and finish with this.
    /// </summary>
    public static IReadOnlyList<CountBucket> Ordered(IEnumerable<CountBucket> buckets) =>
        buckets.OrderBy(b => b.Keys, KeysComparer.Instance).ToList();

    /// <summary>The bucket key of <paramref name="threat"/> for one dimension, as the stores compute it.</summary>
    public static string? KeyOf(Threat threat, ThreatDimension dimension, string? jurisdictionKey)
    {
        ArgumentNullException.ThrowIfNull(threat);
        return dimension switch
        {
            ThreatDimension.Year => threat.OccurredOn.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            ThreatDimension.Jurisdiction => jurisdictionKey,
            ThreatDimension.Category => threat.Category.ToString(),
            ThreatDimension.Polarity => threat.Polarity.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
        };
    }

    /// <summary>Counts items by their keys: what a store without an aggregate query does in memory.</summary>
    public static IReadOnlyList<CountBucket> Group(IEnumerable<IReadOnlyList<string?>> keysOfEachItem, int dimensions)
    {
        var counts = new Dictionary<string, (IReadOnlyList<string?> Keys, long Count)>(StringComparer.Ordinal);
        var any = false;
        foreach (var keys in keysOfEachItem)
        {
            any = true;
            var id = string.Join("\u0001", keys.Select(k => k is null ? "\u0000" : "\u0002" + k));
            counts[id] = counts.TryGetValue(id, out var found) ? (found.Keys, found.Count + 1) : (keys, 1);
        }

        if (dimensions == 0)
        {
            // No dimension: one bucket with the total, even when it is zero, as a GROUP BY-less count answers.
            return [new CountBucket([], any ? counts.Values.Single().Count : 0)];
        }

        return Ordered(counts.Values.Select(c => new CountBucket(c.Keys, c.Count)));
    }

    private sealed class KeysComparer : IComparer<IReadOnlyList<string?>>
    {
        public static readonly KeysComparer Instance = new();

        public int Compare(IReadOnlyList<string?>? x, IReadOnlyList<string?>? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                var c = (x[i], y[i]) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    var (a, b) => string.CompareOrdinal(a, b),
                };
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
