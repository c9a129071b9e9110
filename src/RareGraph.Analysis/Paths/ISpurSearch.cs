namespace RareGraph.Analysis.Paths;

/// <summary>The first path in one <see cref="PathOrder"/> from a spur node, as Yen's algorithm asks for it.</summary>
internal interface ISpurSearch
{
    /// <summary>
    /// The first path from <paramref name="source"/> to <paramref name="target"/> of at most
    /// <paramref name="maxLength"/> steps that enters none of <paramref name="blockedNodes"/> and leaves the source by
    /// none of <paramref name="blockedArcs"/>; null when there is none.
    /// </summary>
    FoundPath? Find(int source, int target, ReadOnlySpan<int> blockedNodes, HashSet<int> blockedArcs, int maxLength);
}
