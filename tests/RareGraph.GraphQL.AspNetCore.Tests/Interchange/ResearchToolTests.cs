using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>The exports of the demo graph open in the tools researchers use, with the counts the API reports.</summary>
public sealed class ResearchToolTests(DemoApp demo) : IClassFixture<DemoApp>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("raregraph-exports-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [ToolFact]
    public async Task Networkx_And_Python_Csv_Read_The_Exports_With_The_Api_Totals()
    {
        var python = ResearchTools.Python ?? throw new InvalidOperationException(ResearchTools.Missing());
        var totals = await InterchangeClient.GraphQLTotalsAsync(demo.Instance);
        var files = new List<string>();
        foreach (var file in new[] { "graph.graphml", "graph.gexf", "nodes.csv", "relationships.csv" })
        {
            files.Add(await SaveAsync(file));
        }

        var (exit, output, errors) = ResearchTools.Run(python, [Path.Combine(ResearchTools.ToolsDirectory, "networkx_check.py"), .. files], TimeSpan.FromMinutes(2));

        Assert.True(exit == 0, errors);
        var found = JsonNode.Parse(output)!;
        Assert.Equal(totals.Nodes, found["graphml"]!["nodes"]!.GetValue<int>());
        Assert.Equal(totals.Relationships, found["graphml"]!["edges"]!.GetValue<int>());
        Assert.True(found["graphml"]!["named"]!.GetValue<bool>(), "igraph-style readers need a `name` attribute equal to the key.");
        Assert.True(found["graphml"]!["labelled"]!.GetValue<bool>());
        Assert.Equal(totals.Nodes, found["gexf"]!["nodes"]!.GetValue<int>());
        Assert.Equal(totals.Relationships, found["gexf"]!["edges"]!.GetValue<int>());
        Assert.Equal("dynamic", found["gexf"]!["mode"]!.GetValue<string>());
        Assert.True(found["gexf"]!["dynamicElements"]!.GetValue<int>() > 0, "Some nodes or edges should carry a validity interval.");
        Assert.Equal(totals.Nodes, found["csv"]!["nodes"]!.GetValue<int>());
        Assert.Equal(totals.Relationships, found["csv"]!["relationships"]!.GetValue<int>());
        Assert.Equal(["Id", "Label"], found["csv"]!["nodeHeader"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.True(found["csv"]!["uniqueEdgeIds"]!.GetValue<bool>());
    }

    [ToolFact]
    public async Task Cytoscape_Js_Loads_The_Cytoscape_Export()
    {
        var totals = await InterchangeClient.GraphQLTotalsAsync(demo.Instance);
        var file = await SaveAsync("graph.cyjs");

        var (exit, output, errors) = ResearchTools.Run("node", ["cytoscape.mjs", file], TimeSpan.FromMinutes(2));

        Assert.True(exit == 0, errors);
        var found = JsonNode.Parse(output)!;
        Assert.Equal(totals.Nodes, found["nodes"]!.GetValue<int>());
        Assert.Equal(totals.Relationships, found["edges"]!.GetValue<int>());
        Assert.True(found["stringIds"]!.GetValue<bool>());
        Assert.Equal(0, found["dangling"]!.GetValue<int>());
    }

    private async Task<string> SaveAsync(string file)
    {
        var path = Path.Combine(_directory, file);
        await File.WriteAllTextAsync(path, await InterchangeClient.TextAsync(demo.Instance, "/export/" + file));
        return path;
    }
}
