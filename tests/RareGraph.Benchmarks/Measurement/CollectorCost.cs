using System.Globalization;

namespace RareGraph.Benchmarks.Measurement;

/// <summary>
/// What the garbage collector cost during a phase: the bytes allocated, the collections by generation and the time the
/// process was paused for them. With the workstation collector a gen0 or gen1 collection stops every managed thread,
/// so its pauses are time in which two threads of an import cannot overlap.
/// </summary>
internal sealed class CollectorCost
{
    private readonly long _allocated;
    private readonly TimeSpan _paused;
    private readonly int _gen0;
    private readonly int _gen1;
    private readonly int _gen2;

    private CollectorCost(long allocated, TimeSpan paused, int gen0, int gen1, int gen2) =>
        (_allocated, _paused, _gen0, _gen1, _gen2) = (allocated, paused, gen0, gen1, gen2);

    public static CollectorCost Start() =>
        new(GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>The phase so far, per relationship and in all: <c>allocated 1,234 MiB (1.2 KiB per relationship), collections 400/60/5, paused 0.85 s</c>.</summary>
    public string Describe(int relationships)
    {
        var allocated = GC.GetTotalAllocatedBytes() - _allocated;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"allocated {allocated / (1024.0 * 1024.0):N0} MiB ({allocated / 1024.0 / relationships:0.00} KiB per relationship), " +
            $"collections gen0/1/2 {GC.CollectionCount(0) - _gen0}/{GC.CollectionCount(1) - _gen1}/{GC.CollectionCount(2) - _gen2}, " +
            $"paused {(GC.GetTotalPauseDuration() - _paused).TotalSeconds:0.00} s");
    }
}
