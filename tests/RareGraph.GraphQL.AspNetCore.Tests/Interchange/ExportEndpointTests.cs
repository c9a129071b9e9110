using System.Net;
using System.Xml.Linq;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

public sealed class ExportEndpointTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public async Task GraphMl_Export_Holds_Every_Entity_And_Relationship_The_Api_Counts()
    {
        var totals = await InterchangeClient.GraphQLTotalsAsync(demo.Instance);

        var graphml = XDocument.Parse(await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml"));

        Assert.Equal(totals.Nodes, graphml.Descendants(GraphMl + "node").Count());
        Assert.Equal(totals.Relationships, graphml.Descendants(GraphMl + "edge").Count());
    }

    [Fact]
    public async Task GraphMl_Declares_Every_Attribute_With_An_Id_Other_Than_Its_Name_And_Names_Every_Node()
    {
        var graphml = XDocument.Parse(await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml"));

        var keys = graphml.Root!.Elements(GraphMl + "key").ToList();
        Assert.All(keys, k => Assert.NotEqual((string?)k.Attribute("id"), (string?)k.Attribute("attr.name")));
        Assert.All(keys, k => Assert.Contains((string?)k.Attribute("for"), new[] { "node", "edge" }));
        var declared = keys.Select(k => (string)k.Attribute("id")!).ToHashSet();
        Assert.All(graphml.Descendants(GraphMl + "data"), d => Assert.Contains((string)d.Attribute("key")!, declared));
        Assert.All(graphml.Descendants(GraphMl + "node"), n => Assert.Equal(
            (string)n.Attribute("id")!,
            n.Elements(GraphMl + "data").Single(d => (string?)d.Attribute("key") == "n_name").Value));
        var edgeIds = graphml.Descendants(GraphMl + "edge").Select(e => (string)e.Attribute("id")!).ToList();
        Assert.Equal(edgeIds.Count, edgeIds.Distinct().Count());
    }

    [Fact]
    public async Task Gexf_Export_Is_A_Dynamic_Graph_With_Date_Intervals_Only()
    {
        var gexf = XDocument.Parse(await InterchangeClient.TextAsync(demo.Instance, "/export/graph.gexf"));

        var graph = gexf.Root!.Element(Gexf + "graph")!;
        Assert.Equal("1.3", (string?)gexf.Root.Attribute("version"));
        Assert.Equal("dynamic", (string?)graph.Attribute("mode"));
        Assert.Equal("date", (string?)graph.Attribute("timeformat"));
        var elements = gexf.Descendants(Gexf + "node").Concat(gexf.Descendants(Gexf + "edge")).ToList();
        Assert.Contains(elements, e => e.Attribute("start") is not null);
        Assert.DoesNotContain(elements, e => e.Attribute("timestamp") is not null || e.Element(Gexf + "spells") is not null);
    }

    [Fact]
    public async Task Export_Is_An_Attachment_With_A_File_Name()
    {
        using var response = await InterchangeClient.GetAsync(demo.Instance, "/export/nodes.csv?at=2024-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("raregraph-2024-01-01-nodes.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Csv_Pair_Follows_Gephi_Conventions()
    {
        var nodes = await InterchangeClient.TextAsync(demo.Instance, "/export/nodes.csv");
        var relationships = await InterchangeClient.TextAsync(demo.Instance, "/export/relationships.csv");

        Assert.StartsWith("Id,Label,", nodes, StringComparison.Ordinal);
        Assert.StartsWith("Source,Target,Type,Id,Weight,Label,", relationships, StringComparison.Ordinal);
        Assert.Contains(",Directed,", relationships, StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_Of_Date_Kinds_And_Types_Narrow_The_Export()
    {
        var all = XDocument.Parse(await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml"));
        var narrowed = XDocument.Parse(await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml?at=2015-01-01&kinds=NGO&types=MEMBER_OF,BASED_IN"));

        Assert.True(narrowed.Descendants(GraphMl + "node").Count() < all.Descendants(GraphMl + "node").Count());
        var types = narrowed.Descendants(GraphMl + "data").Where(d => (string?)d.Attribute("key") == "e_relationship").Select(d => d.Value).ToHashSet();
        Assert.Subset(new HashSet<string> { "MEMBER_OF", "BASED_IN" }, types);
        Assert.DoesNotContain(
            narrowed.Descendants(GraphMl + "data").Where(d => (string?)d.Attribute("key") == "n_kind").Select(d => d.Value),
            kind => kind is "GOVERNMENT" or "FUNDER" or "PARLIAMENT");
    }

    [Fact]
    public async Task Metrics_Add_PageRank_And_Community_From_The_Alliance_Analysis()
    {
        var graphml = XDocument.Parse(await InterchangeClient.TextAsync(demo.Instance, "/export/graph.graphml?metrics=true"));

        Assert.Contains(graphml.Descendants(GraphMl + "data"), d => (string?)d.Attribute("key") == "n_pageRank");
        Assert.Contains(graphml.Descendants(GraphMl + "data"), d => (string?)d.Attribute("key") == "n_community");
    }

    [Theory]
    [InlineData("/export/graph.graphml?at=yesterday", "at")]
    [InlineData("/export/graph.gexf?types=FRIENDS_WITH", "types")]
    [InlineData("/export/graph.cyjs?minConfidence=2", "minConfidence")]
    [InlineData("/export/nodes.csv?kinds=CLUB", "kinds")]
    [InlineData("/export/graph.graphml?redact=maybe", "redact")]
    [InlineData("/export/impact.csv", "threat")]
    [InlineData("/export/impact.csv?threat=threat:2023-hu-sovereignty-protection-act&maxHops=99", "maxHops")]
    public async Task Bad_Parameter_Is_A_400_With_A_GraphQL_Shaped_Error_Naming_It(string path, string field)
    {
        using var response = await InterchangeClient.GetAsync(demo.Instance, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = InterchangeClient.ErrorOf(await response.Content.ReadAsStringAsync());
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Equal(field, (string?)error["extensions"]!["field"]);
    }

    [Fact]
    public async Task Unknown_Threat_Is_A_404_Before_Any_File()
    {
        using var response = await InterchangeClient.GetAsync(demo.Instance, "/export/impact.csv?threat=threat:nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", (string?)InterchangeClient.ErrorOf(await response.Content.ReadAsStringAsync())["extensions"]!["code"]);
    }

    [Theory]
    [InlineData(RareGraphRoles.Public, HttpStatusCode.Unauthorized)]
    [InlineData(RareGraphRoles.Viewer, HttpStatusCode.Forbidden)]
    public async Task Export_Needs_The_Analyst_Role(string role, HttpStatusCode expected)
    {
        using var response = await InterchangeClient.GetAsync(demo.Instance, "/export/graph.graphml", role);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Impact_Csv_Lists_What_The_Impact_Query_Lists_In_Its_Order()
    {
        const string threat = "threat:2023-hu-sovereignty-protection-act";
        var report = (await demo.Instance.GraphQLAsync(
            $"{{ impact(threatKey: \"{threat}\") {{ affected(first: 100) {{ totalCount nodes {{ organisation {{ key }} }} }} }} }}"))["data"]!["impact"]!["affected"]!;

        var lines = (await InterchangeClient.TextAsync(demo.Instance, $"/export/impact.csv?threat={threat}"))
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("rank,key,name,kind,country,score,hops,crossBorder,path", lines[0]);
        Assert.Equal(report["totalCount"]!.GetValue<int>(), lines.Length - 1);
        Assert.StartsWith($"1,{report["nodes"]![0]!["organisation"]!["key"]},", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impact_Graph_Carries_Score_And_Hops_And_Marks_The_Paths()
    {
        var graphml = XDocument.Parse(await InterchangeClient.TextAsync(demo.Instance, "/export/impact.graphml?threat=threat:2023-hu-sovereignty-protection-act"));

        Assert.Contains(graphml.Descendants(GraphMl + "data"), d => (string?)d.Attribute("key") == "n_score");
        Assert.Contains(graphml.Descendants(GraphMl + "data"), d => (string?)d.Attribute("key") == "n_hops");
        Assert.Contains(graphml.Descendants(GraphMl + "data"), d => (string?)d.Attribute("key") == "e_onPath" && d.Value == "true");
    }
}
