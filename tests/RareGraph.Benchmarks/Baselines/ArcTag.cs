namespace RareGraph.Benchmarks.Baselines;

/// <summary>What a QuikGraph edge carries: its spill-over factor and validity window as day numbers.</summary>
internal readonly record struct ArcTag(double Factor, int ValidFrom, int ValidTo);
