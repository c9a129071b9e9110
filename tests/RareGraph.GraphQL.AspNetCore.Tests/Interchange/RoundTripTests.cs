using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>
/// Export → import into an empty store → export again gives the same nodes, relationships and attributes, for every
/// format — the alliance's own work included: programmes, camps, campaigns, action items, their links and attendance
/// with its roles (the exports here are an ADMIN's, unredacted).
/// </summary>
public sealed class RoundTripTests(DemoApp demo) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task GraphMl_Round_Trip_Holds()
    {
        var exported = await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml");
        AssertHoldsAllianceWork(exported);
        using var empty = new RareGraphApp(demoData: false);

        await ImportAsync(empty, new StringContent(exported, Encoding.UTF8, "application/graphml+xml"));

        Assert.Equal(exported, await InterchangeClient.TextAsync(empty, "/export/graph.graphml"));
    }

    [Fact]
    public async Task Cytoscape_Round_Trip_Holds()
    {
        var exported = await InterchangeClient.TextAsync(demo.Instance, "/export/graph.cyjs");
        AssertHoldsAllianceWork(exported);
        using var empty = new RareGraphApp(demoData: false);

        await ImportAsync(empty, new StringContent(exported, Encoding.UTF8, "application/json"));

        Assert.Equal(exported, await InterchangeClient.TextAsync(empty, "/export/graph.cyjs"));
    }

    [Fact]
    public async Task Csv_Pair_Round_Trip_Holds()
    {
        var nodes = await InterchangeClient.TextAsync(demo.Instance, "/export/nodes.csv");
        var relationships = await InterchangeClient.TextAsync(demo.Instance, "/export/relationships.csv");
        AssertHoldsAllianceWork(nodes + relationships);
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

        var original = await InterchangeClient.TextAsync(demo.Instance, "/export/graph.gexf");
        AssertHoldsAllianceWork(original);
        Assert.Equal(original, await InterchangeClient.TextAsync(empty, "/export/graph.gexf"));
    }

    [Fact]
    public async Task Alliance_Work_Alone_Round_Trips_With_Its_Own_Fields()
    {
        var written = await demo.Instance.GraphQLAsync(
            """
            mutation {
              upsertCampaign(input: { key: "campaign:round-trip", title: "Round trip", goal: "Every field back", status: PAUSED,
                startsOn: "2025-01-01", endsOn: "2025-12-31", runByKeys: ["org:hungarian-helsinki-committee"],
                advocatesToKeys: ["org:european-commission"], respondsToKeys: ["threat:2023-hu-sovereignty-protection-act"] }) { campaign { key } }
              upsertActionItem(input: { key: "action:round-trip", title: "Check the fields", dueOn: "2025-06-30", status: IN_PROGRESS,
                ownerKeys: ["org:hungarian-helsinki-committee"], partOfKey: "campaign:round-trip" }) { actionItem { key } }
            }
            """);
        Assert.Null(written["errors"]);
        var exported = await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml");
        using var empty = new RareGraphApp(demoData: false);

        await ImportAsync(empty, new StringContent(exported, Encoding.UTF8, "application/graphml+xml"));

        var read = await empty.GraphQLAsync(
            """
            { entity(key: "action:round-trip") { ... on ActionItem { dueOn status owners { key }
                partOf { key ... on Campaign { goal status startsOn endsOn advocatesTo { key } respondsTo { key } } } } } }
            """);
        Assert.Null(read["errors"]);
        var item = read["data"]!["entity"]!;
        Assert.Equal("2025-06-30", (string?)item["dueOn"]);
        Assert.Equal("IN_PROGRESS", (string?)item["status"]);
        Assert.Equal("org:hungarian-helsinki-committee", (string?)item["owners"]![0]!["key"]);
        var campaign = item["partOf"]!;
        Assert.Equal("campaign:round-trip", (string?)campaign["key"]);
        Assert.Equal(("Every field back", "PAUSED", "2025-01-01", "2025-12-31"), ((string?)campaign["goal"], (string?)campaign["status"], (string?)campaign["startsOn"], (string?)campaign["endsOn"]));
        Assert.Equal("org:european-commission", (string?)campaign["advocatesTo"]![0]!["key"]);
        Assert.Equal("threat:2023-hu-sovereignty-protection-act", (string?)campaign["respondsTo"]![0]!["key"]);
    }

    /// <summary>The file holds every label and link of the alliance's own work, attendance with its roles among them.</summary>
    private static void AssertHoldsAllianceWork(string exported)
    {
        foreach (var expected in new[]
        {
            "programme:rare", "camp:rare-", "campaign:rare-", "action:rare-", "ORGANISES", "HELD_IN", "PARTICIPATES_IN", "TRAINER",
            "RUNS", "ADVOCATES_TO", "RESPONDS_TO", "OWNS", "PART_OF", "IN_PROGRESS",
        })
        {
            Assert.Contains(expected, exported, StringComparison.Ordinal);
        }
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
