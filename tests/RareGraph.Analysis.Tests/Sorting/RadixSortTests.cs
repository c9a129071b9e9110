using FsCheck.Xunit;
using RareGraph.Analysis.Sorting;

namespace RareGraph.Analysis.Tests.Sorting;

public sealed class RadixSortTests
{
    [Property(MaxTest = 200)]
    public void Radix_Sort_Should_Order_Like_A_Stable_Comparison_Sort(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(0, 3000);
        // Few distinct high bits and many repeats, as report keys have.
        var keys = Enumerable.Range(0, count).Select(_ => ((ulong)random.Next(4) << 60) | (ulong)random.Next(50) << random.Next(40)).ToArray();
        var items = Enumerable.Range(0, count).ToArray();
        var expected = keys.Select((key, item) => (key, item)).OrderBy(p => p.key).ToArray();

        RadixSort.Sort(keys, items, new ulong[count], new int[count]);

        Assert.Equal(expected.Select(p => p.key), keys);
        Assert.Equal(expected.Select(p => p.item), items);
    }
}
