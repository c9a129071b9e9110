using RareGraph.GraphQL.Caching;

namespace RareGraph.GraphQL.Tests.Caching;

public sealed class ReportCacheTests
{
    [Fact]
    public void Same_Version_And_Arguments_Should_Be_Answered_Without_Computing_Again()
    {
        var cache = new ReportCache();
        var computed = 0;

        var first = cache.GetOrCompute("impact", 3, new { ThreatKey = "t" }, () => new object[] { ++computed });
        var second = cache.GetOrCompute("impact", 3, new { ThreatKey = "t" }, () => new object[] { ++computed });

        Assert.Same(first, second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public void A_New_Graph_Version_Should_Compute_Again_And_Drop_Reports_Of_Older_Versions()
    {
        var cache = new ReportCache();
        var old = cache.GetOrCompute("impact", 3, new { ThreatKey = "t" }, () => new object());

        var fresh = cache.GetOrCompute("impact", 4, new { ThreatKey = "u" }, () => new object());
        var again = cache.GetOrCompute("impact", 3, new { ThreatKey = "t" }, () => new object());

        Assert.NotSame(old, fresh);
        Assert.NotSame(old, again);
    }
}
