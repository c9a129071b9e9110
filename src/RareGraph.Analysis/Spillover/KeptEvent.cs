using System.Runtime.InteropServices;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// One event as a report keeps it for its paths: the node and its score. Packed to 12 bytes: a whole-graph report keeps
/// a few hundred thousand of them, and the hop is known from the layer the event sits in.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct KeptEvent(int Node, double Score);
