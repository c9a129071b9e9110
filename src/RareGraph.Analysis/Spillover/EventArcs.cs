namespace RareGraph.Analysis.Spillover;

/// <summary>
/// What an event stores for the step that reached it: a scatter stores the arc walked (<c>edge &lt;&lt; 1 | reversed</c>),
/// whose other end is the parent, at the hop before; a seed has none; a gather stores none yet, because finding which offer won
/// costs another read of every entry of the node, and only the few paths a caller reads need it
/// (<see cref="PathRecorder"/> finds them then).
/// </summary>
internal static class EventArcs
{
    /// <summary>The arc of a seed.</summary>
    public const int None = -1;

    /// <summary>The arc of a gathered event, until a path through it is built.</summary>
    public const int Unresolved = int.MinValue;
}
