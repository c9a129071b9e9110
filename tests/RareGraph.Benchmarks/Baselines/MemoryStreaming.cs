using System.Numerics;

namespace RareGraph.Benchmarks.Baselines;

/// <summary>
/// The physical limit: summing an int array as long as the adjacency, with SIMD. No traversal can visit arcs faster than
/// memory can stream one int per arc.
/// </summary>
internal static class MemoryStreaming
{
    public static long Sum(int[] values)
    {
        var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<int, Vector<int>>(values);
        var accumulator = Vector<long>.Zero;
        foreach (var vector in vectors)
        {
            Vector.Widen(vector, out var low, out var high);
            accumulator += low + high;
        }

        var total = Vector.Sum(accumulator);
        for (var i = vectors.Length * Vector<int>.Count; i < values.Length; i++)
        {
            total += values[i];
        }

        return total;
    }
}
