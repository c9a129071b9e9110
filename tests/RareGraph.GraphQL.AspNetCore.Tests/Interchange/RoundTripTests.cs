using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>Export → import into an empty store → export again gives the same nodes, relationships and attributes.</summary>
public sealed class RoundTripTests(DemoApp demo) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task GraphMl_Round_Trip_Holds()
    {
        var exported = await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml");
        using var empty = new RareGraphApp(demoData: false);

        await ImportAsync(empty, new StringContent(exported, Encoding.UTF8, "application/graphml+xml"));

        Assert.Equal(exported, await InterchangeClient.TextAsync(empty, "/export/graph.graphml"));
    }

    [Fact]
    public async Task Cytoscape_Round_Trip_Holds()
    {
        var exported = await InterchangeClient.TextAsync(demo.Instance, "/export/graph.cyjs");
        using var empty = new RareGraphApp(demoData: false);

        await ImportAsync(empty, new StringContent(exported, Encoding.UTF8, "application/json"));

        Assert.Equal(exported, await InterchangeClient.TextAsync(empty, "/export/graph.cyjs"));
    }

    [Fact]
    public async Task Csv_Pair_Round_Trip_Holds()
    {
        var nodes = await InterchangeClient.TextAsync(demo.Instance, "/export/nodes.csv");
        var relationships = await InterchangeClient.TextAsync(demo.Instance, "/export/relationships.csv");
        using var empty = new RareGraphApp(demoData: false);

        await ImportAsync(empty, InterchangeClient.CsvPair(nodes, relationships));

        Assert.Equal(nodes, await InterchangeClient.TextAsync(empty, "/export/nodes.csv"));
        Assert.Equal(relationships, await InterchangeClient.TextAsync(empty, "/export/relationships.csv"));
    }

    [Fact]
    public async Task Gexf_Of_The_Imported_Graph_Matches_The_Original()
    {
        var graphml = await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml");
        using var empty = new RareGraphApp(demoData: false);

        await ImportAsync(empty, new StringContent(graphml, Encoding.UTF8, "application/graphml+xml"));

        Assert.Equal(await InterchangeClient.TextAsync(demo.Instance, "/export/graph.gexf"), await InterchangeClient.TextAsync(empty, "/export/graph.gexf"));
    }

    private static async Task ImportAsync(RareGraphApp app, HttpContent content)
    {
        using (content)
        {
            using var response = await InterchangeClient.ImportAsync(app, content);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }
}
