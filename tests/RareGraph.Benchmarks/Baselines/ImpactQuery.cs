namespace RareGraph.Benchmarks.Baselines;

/// <summary>One benchmark impact question: seeds, validity date (day number), hop limit and score floor.</summary>
internal sealed record ImpactQuery(string ThreatKey, int[] Seeds, DateOnly At, int MaxHops, double MinScore);
