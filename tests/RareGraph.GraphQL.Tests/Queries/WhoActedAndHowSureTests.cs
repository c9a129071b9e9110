using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>
/// Initiators, polarity, confidence and as-of dates through the API, on a small graph written through the API itself:
/// the numbers are proven in Analysis.Tests, these prove that every argument and field reaches the engine and back.
/// </summary>
public sealed class WhoActedAndHowSureTests : IClassFixture<WhoActedAndHowSureTests.Graph>
{
    private readonly RareGraphApp _app;

    public WhoActedAndHowSureTests(Graph graph) => _app = graph.Instance;

    [Fact]
    public async Task Impact_Should_List_Initiators_Apart_And_Never_Among_The_Affected()
    {
        var impact = await DataAsync("""{ impact(threatKey: "act") { polarity initiators { key } affected(first: 50) { nodes { organisation { key } } } } }""", "impact");

        Assert.Equal("RESTRICTIVE", (string?)impact["polarity"]);
        Assert.Equal(["gov", "office"], Keys(impact["initiators"]!));
        var affected = Keys(impact["affected"]!["nodes"]!, "organisation");
        Assert.Contains("ngo", affected);
        Assert.DoesNotContain("gov", affected);
        Assert.DoesNotContain("office", affected);
    }

    [Fact]
    public async Task Threat_Should_Show_Its_Initiators_And_Keep_Them_When_Recorded_Again_Without_Them()
    {
        await DataAsync("""mutation { recordThreat(input: { key: "act", title: "Act", category: LEGISLATION, occurredOn: "2023-12-12", jurisdictionKey: "hu", targetKeys: ["ngo"] }) { changed } }""", "recordThreat");

        var threat = await DataAsync("""{ entity(key: "act") { ... on Threat { polarity initiatedBy { key kind } } } }""", "entity");
        Assert.Equal("RESTRICTIVE", (string?)threat["polarity"]);
        Assert.Equal(["gov", "office"], Keys(threat["initiatedBy"]!));
        var filtered = await DataAsync("""{ threats(where: { initiatedBy: "office" }) { nodes { key } } }""", "threats");
        Assert.Equal(["act"], Keys(filtered["nodes"]!));
    }

    [Fact]
    public async Task Exposure_Should_Leave_Out_An_Organisations_Own_Act_And_Count_Protective_Events_Only_When_Asked()
    {
        var restrictive = await DataAsync("""{ exposure(organisationKey: "ngo") { nodes { threat { key polarity } } } }""", "exposure.nodes");
        var protective = await DataAsync("""{ exposure(organisationKey: "ngo", polarity: PROTECTIVE) { nodes { threat { key } } } }""", "exposure.nodes");
        var ownAct = await DataAsync("""{ exposure(organisationKey: "gov") { nodes { threat { key } } } }""", "exposure.nodes");

        Assert.Equal(["act"], Keys(restrictive, "threat"));
        Assert.Equal(["ruling"], Keys(protective, "threat"));
        Assert.DoesNotContain("act", Keys(ownAct, "threat"));
    }

    [Fact]
    public async Task Threats_Should_Be_Filterable_By_Polarity_And_Impact_Should_Say_It_Is_Protective()
    {
        var threats = await DataAsync("""{ threats(where: { polarity: { eq: PROTECTIVE } }) { nodes { key polarity } } }""", "threats");
        var impact = await DataAsync("""{ impact(threatKey: "ruling") { polarity affected { totalCount } } }""", "impact");

        Assert.Equal(["ruling"], Keys(threats["nodes"]!));
        Assert.Equal("PROTECTIVE", (string?)impact["polarity"]);
        Assert.True((int)impact["affected"]!["totalCount"]! > 0);
    }

    [Fact]
    public async Task MinConfidence_Should_Remove_Less_Certain_Links_From_Every_Analysis()
    {
        const string impact = """{ impact(threatKey: "act"{0}) { affected(first: 50) { nodes { organisation { key } } } } }""";
        var all = Keys((await DataAsync(impact.Replace("{0}", "", StringComparison.Ordinal), "impact"))["affected"]!["nodes"]!, "organisation");
        var sure = Keys((await DataAsync(impact.Replace("{0}", ", minConfidence: 0.6", StringComparison.Ordinal), "impact"))["affected"]!["nodes"]!, "organisation");
        var paths = await DataAsync("""{ paths(fromKey: "ngo", toKey: "invented", minConfidence: 0.6) { hops } }""", "paths");
        var exposure = await DataAsync("""{ exposure(organisationKey: "invented", minConfidence: 0.6) { nodes { threat { key } } } }""", "exposure.nodes");
        var alliance = await DataAsync("""{ alliance(minConfidence: 0.6) { members(first: 50) { nodes { entity { key } } } } }""", "alliance");

        Assert.Contains("invented", all);
        Assert.DoesNotContain("invented", sure);
        Assert.Empty(paths.AsArray());
        Assert.Empty(exposure.AsArray());
        Assert.DoesNotContain("invented", Keys(alliance["members"]!["nodes"]!, "entity"));
    }

    [Fact]
    public async Task Entities_Should_Carry_And_Filter_By_Their_Source_And_Confidence()
    {
        var byMarker = await DataAsync("""{ organisations(where: { source: { eq: "illustrative" } }) { nodes { key source confidence } } }""", "organisations");
        var unsure = await DataAsync("""{ organisations(where: { confidence: { lte: 0.5 } }) { nodes { key } } }""", "organisations");
        var sure = await DataAsync("""{ organisations(where: { confidence: { gte: 0.6 } }, order: [{ field: KEY }]) { nodes { key } } }""", "organisations");

        Assert.Equal(["invented"], Keys(byMarker["nodes"]!));
        Assert.Equal(0.4, (double)byMarker["nodes"]![0]!["confidence"]!);
        Assert.Equal(["invented"], Keys(unsure["nodes"]!));
        Assert.Equal(["gov", "ngo", "office", "partner"], Keys(sure["nodes"]!));
    }

    [Fact]
    public async Task An_Answer_As_Of_2020_Should_Hold_Nothing_That_Began_Later()
    {
        var ruling = await DataAsync("""{ impact(threatKey: "ruling") { at affected(first: 50) { nodes { organisation { key } } } } }""", "impact");
        var actThen = await DataAsync("""{ exposure(organisationKey: "ngo", at: "2021-01-01") { nodes { threat { key } } } }""", "exposure.nodes");
        var actNow = await DataAsync("""{ exposure(organisationKey: "ngo", at: "2024-01-01") { nodes { threat { key } } } }""", "exposure.nodes");
        var office = await DataAsync("""{ entity(key: "office") { validFrom validTo } }""", "entity");

        Assert.Equal("2020-06-18", (string?)ruling["at"]);
        Assert.Contains("gov", Keys(ruling["affected"]!["nodes"]!, "organisation"));
        Assert.DoesNotContain("office", Keys(ruling["affected"]!["nodes"]!, "organisation"));
        Assert.Empty(actThen.AsArray());
        Assert.Equal(["act"], Keys(actNow, "threat"));
        Assert.Equal("2023-12-12", (string?)office["validFrom"]);
        Assert.Null(office["validTo"]);
    }

    [Fact]
    public async Task Diffusion_Should_Give_The_Lag_With_Its_Precision_And_Honour_At()
    {
        var whole = await DataAsync("""{ diffusion(threatKey: "ruling") { descendants { threat { key } lagDays lagPrecision } } }""", "diffusion");
        var then = await DataAsync("""{ diffusion(threatKey: "ruling", at: "2021-01-01", minConfidence: 0.6) { descendants { threat { key } } } }""", "diffusion");

        var copy = whole["descendants"]!.AsArray().Single()!;
        Assert.Equal("copy", (string?)copy["threat"]!["key"]);
        Assert.Equal("MONTH", (string?)copy["lagPrecision"]);
        Assert.Empty(then["descendants"]!.AsArray());
    }

    [Fact]
    public async Task Paths_Should_Come_Strongest_First_Unless_Asked_By_Hops_And_May_Start_At_An_Event()
    {
        var byScore = await DataAsync("""{ paths(fromKey: "ngo", toKey: "partner", k: 5, undirected: true) { score hops } }""", "paths");
        var byHops = await DataAsync("""{ paths(fromKey: "ngo", toKey: "partner", k: 5, undirected: true, order: HOPS) { score hops } }""", "paths");
        var fromEvent = await DataAsync("""{ paths(fromKey: "act", toKey: "partner") { nodes { key } score } }""", "paths");

        var scores = byScore.AsArray().Select(p => (double)p!["score"]!).ToList();
        var hops = byHops.AsArray().Select(p => (int)p!["hops"]!).ToList();
        Assert.True(scores.Count > 1);
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(hops.Order(), hops);
        var first = fromEvent.AsArray()[0]!;
        Assert.Equal("act", (string?)first["nodes"]![0]!["key"]);
        Assert.DoesNotContain(first["nodes"]!.AsArray(), n => (string?)n!["key"] is "gov" or "office");
    }

    [Fact]
    public async Task SpilloverModel_Should_Return_The_Weights_And_Flows_The_Engine_Uses()
    {
        var model = await DataAsync("{ spilloverModel { rules { type flow weight } defaults { maxHops minScore } } }", "spilloverModel");

        var rules = model["rules"]!.AsArray().ToDictionary(r => (string)r!["type"]!, r => ((string?)r!["flow"], (double)r["weight"]!));
        Assert.Equal(("BOTH", 0.9), rules["GOVERNS"]);
        Assert.Equal(("BACKWARD", 0.9), rules["BASED_IN"]);
        Assert.Equal(("FORWARD", 0.3), rules["ADVOCATES_TO"]);
        Assert.Equal(("NONE", 0.0), rules["INITIATED_BY"]);
        Assert.Equal(4, (int)model["defaults"]!["maxHops"]!);
        Assert.Equal(0.05, (double)model["defaults"]!["minScore"]!);
    }

    [Theory]
    [InlineData("impact(threatKey: \"act\", minConfidence: 1.5) { at }")]
    [InlineData("paths(fromKey: \"ngo\", toKey: \"gov\", minConfidence: -0.1) { hops }")]
    [InlineData("exposure(organisationKey: \"ngo\", minConfidence: 2) { totalCount }")]
    [InlineData("diffusion(threatKey: \"act\", minConfidence: 2) { threat { key } }")]
    [InlineData("alliance(minConfidence: 2) { at }")]
    public async Task MinConfidence_Outside_0_To_1_Should_Fail_With_Validation(string selection)
    {
        var json = await _app.GraphQLAsync($"{{ {selection} }}");
        var error = json["errors"]![0]!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Equal("minConfidence", (string?)error["extensions"]!["field"]);
    }

    private async Task<JsonNode> DataAsync(string query, string field)
    {
        var json = await _app.GraphQLAsync(query);
        Assert.Null(json["errors"]);
        return field.Split('.').Aggregate(json["data"]!, (node, name) => node[name]!);
    }

    private static List<string?> Keys(JsonNode list, string? inner = null) =>
        list.AsArray().Select(n => (string?)(inner is null ? n!["key"] : n![inner]!["key"])).ToList();

    /// <summary>
    /// A government and an office created by its 2023 act, which targets an NGO with a documented partner and an
    /// invented one; a protective 2020 ruling, and a later event (month precision) modelled on it.
    /// </summary>
    public sealed class Graph : IDisposable
    {
        public Graph()
        {
            var json = Instance.GraphQLAsync("""
                mutation {
                  importGraph(input: {
                    jurisdictions: [{ key: "hu", name: "Hungary", code: "HU" }, { key: "at", name: "Austria", code: "AT" }, { key: "pl", name: "Poland", code: "PL" }]
                    organisations: [
                      { key: "gov", name: "Government", kind: GOVERNMENT, basedInKey: "hu", source: "https://example.org/gov" }
                      { key: "office", name: "Office", kind: GOVERNMENT, basedInKey: "hu", validFrom: "2023-12-12", source: "https://example.org/act" }
                      { key: "ngo", name: "NGO", kind: NGO, basedInKey: "hu" }
                      { key: "partner", name: "Partner", kind: NGO, basedInKey: "at", confidence: 0.9 }
                      { key: "invented", name: "Invented", kind: NGO, basedInKey: "at", source: "illustrative", confidence: 0.4 }
                    ]
                    threats: [
                      { key: "act", title: "Act", category: LEGISLATION, occurredOn: "2023-12-12", jurisdictionKey: "hu", targetKeys: ["ngo"], initiatedByKeys: ["office", "gov"] }
                      { key: "ruling", title: "Ruling", category: JUDICIAL, occurredOn: "2020-06-18", polarity: PROTECTIVE, jurisdictionKey: "hu", targetKeys: ["ngo"] }
                      { key: "copy", title: "Copy", category: LEGISLATION, occurredOn: "2022-03-01", datePrecision: MONTH, jurisdictionKey: "pl" }
                    ]
                    relationships: [
                      { fromKey: "gov", toKey: "hu", type: GOVERNS }
                      { fromKey: "office", toKey: "hu", type: GOVERNS }
                      { fromKey: "ngo", toKey: "partner", type: PARTNERS_WITH, source: "https://example.org/report", confidence: 0.9 }
                      { fromKey: "ngo", toKey: "invented", type: PARTNERS_WITH, source: "illustrative", confidence: 0.4 }
                      { fromKey: "invented", toKey: "partner", type: MEMBER_OF, source: "illustrative", confidence: 0.4 }
                      { fromKey: "copy", toKey: "ruling", type: MODELLED_ON, source: "https://example.org/finding", confidence: 0.8 }
                    ]
                  }) { changed }
                }
                """).GetAwaiter().GetResult();
            if (json["errors"] is not null)
            {
                throw new InvalidOperationException(json.ToJsonString());
            }
        }

        public RareGraphApp Instance { get; } = new(demoData: false);

        public void Dispose() => Instance.Dispose();
    }
}
