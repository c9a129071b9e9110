using RareGraph.GraphQL.AspNetCore.Tests.Interchange;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Bugs;

/// <summary>
/// Regression: with the RARE programme in the demo data, graph exports handed an ANALYST every PARTICIPATES_IN edge —
/// who attended which camp, which only editors may read. Exports now carry the alliance's own work, but attendance only
/// for editors and up, as GraphQL does.
/// </summary>
public sealed class ExportsLeaveAttendanceOutTests(DemoApp demo) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("/export/graph.graphml")]
    [InlineData("/export/graph.gexf")]
    [InlineData("/export/graph.cyjs")]
    [InlineData("/export/relationships.csv")]
    [InlineData("/export/nodes.csv")]
    public async Task Analyst_Graph_Exports_Should_Hold_No_Attendance(string path)
    {
        var text = await InterchangeClient.TextAsync(demo.Instance, path, RareGraphRoles.Analyst);

        Assert.Contains("org:hungarian-helsinki-committee", text, StringComparison.Ordinal);
        Assert.Contains("camp:rare-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PARTICIPATES_IN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PARTICIPANT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TRAINER", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_Graph_Export_Holds_Attendance()
    {
        var text = await InterchangeClient.TextAsync(demo.Instance, "/export/relationships.csv", RareGraphRoles.Editor);

        Assert.Contains("PARTICIPATES_IN", text, StringComparison.Ordinal);
    }
}
