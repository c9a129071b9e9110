using System.Runtime.InteropServices;

namespace RareGraph.Benchmarks.Baselines;

/// <summary>What a QuikGraph edge carries: its spill-over factor and validity window as day numbers.</summary>
// Sequential is what C# gives a struct by default: stated, so the baseline keeps the layout it was measured with.
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct ArcTag(double Factor, int ValidFrom, int ValidTo);
