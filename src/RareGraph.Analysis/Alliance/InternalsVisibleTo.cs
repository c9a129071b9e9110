using System.Runtime.CompilerServices;

// The alliance algorithms are internal; their tests and the benchmark harness drive them one by one.
[assembly: InternalsVisibleTo("RareGraph.Analysis.Tests")]
[assembly: InternalsVisibleTo("RareGraph.Benchmarks")]
