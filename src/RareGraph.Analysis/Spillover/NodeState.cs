using System.Runtime.InteropServices;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// A node's standing in one propagation, kept together so relaxing an arc touches one cache line of its target.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NodeState
{
    /// <summary>Equal to the scratch's current stamp when the node has an event in this propagation.</summary>
    public int Stamp;

    /// <summary>The node's newest event.</summary>
    public int LastEvent;

    /// <summary>The hop layer of the newest event.</summary>
    public int Hops;

    /// <summary>The score of the newest event.</summary>
    public double Score;
}
