namespace RareGraph.Analysis.Tests.Alliance;

/// <summary>Compares doubles within an absolute tolerance, for asserting whole sequences at once.</summary>
internal sealed class WithinTolerance(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
