namespace RareGraph.Benchmarks.Baselines;

/// <summary>What a baseline found: the best score of every node reached with score ≥ the floor, and the arcs it scanned.</summary>
internal sealed record ImpactAnswer(IReadOnlyDictionary<int, double> Scores, long ArcsScanned);
