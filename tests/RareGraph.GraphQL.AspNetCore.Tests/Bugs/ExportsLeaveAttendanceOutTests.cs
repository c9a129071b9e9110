using RareGraph.GraphQL.AspNetCore.Tests.Interchange;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Bugs;

/// <summary>
/// Regression: with the RARE programme in the demo data, graph exports handed an ANALYST every PARTICIPATES_IN edge —
/// who attended which camp, which only editors may read. Exports now hold the spill-over network only, for every role.
/// </summary>
public sealed class ExportsLeaveAttendanceOutTests(DemoApp demo) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("/export/graph.graphml", RareGraphRoles.Analyst)]
    [InlineData("/export/graph.gexf", RareGraphRoles.Analyst)]
    [InlineData("/export/graph.cyjs", RareGraphRoles.Analyst)]
    [InlineData("/export/relationships.csv", RareGraphRoles.Analyst)]
    [InlineData("/export/nodes.csv", RareGraphRoles.Analyst)]
    [InlineData("/export/graph.graphml", RareGraphRoles.Admin)]
    public async Task Graph_Exports_Should_Hold_No_Attendance_And_No_Alliance_Work(string path, string role)
    {
        var text = await InterchangeClient.TextAsync(demo.Instance, path, role);

        Assert.Contains("org:hungarian-helsinki-committee", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PARTICIPATES_IN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("camp:rare-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("campaign:rare-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("programme:rare", text, StringComparison.Ordinal);
    }
}
