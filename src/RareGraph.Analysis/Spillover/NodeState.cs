using System.Runtime.InteropServices;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// A node's standing in one propagation, kept together so relaxing an arc touches one cache line of its target. Packed
/// to 16 bytes (the newest event and its hop share one int) so four nodes share a cache line instead of two and a half,
/// and the report's pass over every node's state reads a third less.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NodeState
{
    /// <summary>The hop of the newest event takes the low bits: hops never exceed <see cref="ImpactAnalysis.MaxHopsAllowed"/>.</summary>
    public const int HopBits = 4;

    /// <summary>One more event than this cannot be numbered beside its hop.</summary>
    public const int MaxEvents = int.MaxValue >> HopBits;

    private const int HopMask = (1 << HopBits) - 1;

    /// <summary>Equal to the scratch's current stamp when the node has an event (or is blocked) in this propagation.</summary>
    public int Stamp;

    /// <summary><c>newest event &lt;&lt; HopBits | its hop</c>; −1 (event −1, hop 15: no layer's) for a blocked node.</summary>
    private int _eventAndHops;

    /// <summary>The score of the newest event.</summary>
    public double Score;

    /// <summary>The node's newest event, or −1 when it is blocked.</summary>
    public readonly int LastEvent => _eventAndHops >> HopBits;

    /// <summary>The hop layer of the newest event.</summary>
    public readonly int Hops => _eventAndHops & HopMask;

    public void SetEvent(int lastEvent, int hops) => _eventAndHops = (lastEvent << HopBits) | hops;

    /// <summary>Marks the node as holding no event and matching no hop layer.</summary>
    public void SetBlocked() => _eventAndHops = -1;
}
