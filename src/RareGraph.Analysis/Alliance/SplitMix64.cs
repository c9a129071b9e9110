namespace RareGraph.Analysis.Alliance;

/// <summary>A tiny seeded generator whose sequence is fixed by its definition, not by the runtime's <see cref="Random"/>.</summary>
/// <remarks>
/// Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014 (the SplitMix64 finaliser).
/// <see cref="Random"/>'s seeded sequence is not promised to stay the same across .NET versions; published community
/// assignments must.
/// </remarks>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, bound); the modulo bias is below 2^-40 for any bound a graph can have.</summary>
    public int NextBelow(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>Fisher–Yates shuffle of the identity permutation 0..count-1.</summary>
    public int[] Permutation(int count)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = NextBelow(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
