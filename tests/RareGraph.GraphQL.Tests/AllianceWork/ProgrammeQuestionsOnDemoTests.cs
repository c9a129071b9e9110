using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.AllianceWork;

/// <summary>The alliance's questions answered on the demo data (issue 15): coverage, who met whom, network growth, the action plan.</summary>
public sealed class ProgrammeQuestionsOnDemoTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private const string Act = "threat:2023-hu-sovereignty-protection-act";
    private const string Today = "2026-12-05";

    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Coverage_Of_The_2023_Hungarian_Act_Should_Show_Covered_And_Uncovered_Governments()
    {
        var nodes = await CoverageAsync($$"""{ coverage(threatKey: "{{Act}}", at: "{{Today}}", first: 100) { totalCount nodes { body { key kind } score uncovered at campaigns { key status } respondingCampaigns { key } } } }""");

        var governments = nodes.Where(n => (string?)n["body"]!["kind"] == "GOVERNMENT").ToList();
        Assert.Contains(governments, n => (string?)n["body"]!["key"] == "org:norwegian-ministry-of-foreign-affairs" && !(bool)n["uncovered"]!);
        Assert.Contains(governments, n => (string?)n["body"]!["key"] == "org:government-of-poland" && (bool)n["uncovered"]!);
        Assert.All(nodes, n => Assert.Contains((string?)n["body"]!["kind"], new[] { "GOVERNMENT", "PARLIAMENT", "MULTILATERAL" }));
        Assert.All(nodes, n => Assert.Equal((bool)n["uncovered"]!, n["campaigns"]!.AsArray().Count == 0));
        Assert.All(nodes.SelectMany(n => n["campaigns"]!.AsArray()), c => Assert.Equal("ACTIVE", (string?)c!["status"]));
        Assert.All(nodes, n => Assert.Equal(Today, (string?)n["at"]));
        var scores = nodes.Select(n => (double)n["score"]!).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var commission = nodes.Single(n => (string?)n["body"]!["key"] == "org:european-commission");
        Assert.Contains(commission["respondingCampaigns"]!.AsArray(), c => (string?)c!["key"] == "campaign:rare-repeal-sovereignty-act");
    }

    [Fact]
    public async Task Coverage_On_Documented_Facts_Only_Should_Hold_Nothing_Invented()
    {
        // Every campaign and every link that carries the act beyond its initiators is illustrative (confidence 0.5 at most).
        var json = await AnalystAsync($$"""{ coverage(threatKey: "{{Act}}", at: "{{Today}}", minConfidence: 0.6) { totalCount nodes { body { key } } } }""");

        Assert.True(json["errors"] is null, json.ToJsonString());
        Assert.Equal(0, (int)json["data"]!["coverage"]!["totalCount"]!);
    }

    [Fact]
    public async Task Coverage_Should_Page_With_Cursors_And_Filter_The_Uncovered()
    {
        var all = await AnalystAsync($$"""{ coverage(threatKey: "{{Act}}", at: "{{Today}}", first: 100) { totalCount nodes { body { key } uncovered } } }""");
        var first = await AnalystAsync($$"""{ coverage(threatKey: "{{Act}}", at: "{{Today}}", first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { body { key } } } }""");
        var cursor = (string?)first["data"]!["coverage"]!["pageInfo"]!["endCursor"];
        var second = await AnalystAsync($$"""{ coverage(threatKey: "{{Act}}", at: "{{Today}}", first: 2, after: "{{cursor}}") { nodes { body { key } } } }""");
        var uncovered = await AnalystAsync($$"""{ coverage(threatKey: "{{Act}}", at: "{{Today}}", uncoveredOnly: true, first: 100) { totalCount } }""");

        var keys = all["data"]!["coverage"]!["nodes"]!.AsArray().Select(n => (string?)n!["body"]!["key"]).ToList();
        Assert.Equal(keys.Count, (int)all["data"]!["coverage"]!["totalCount"]!);
        Assert.True((bool)first["data"]!["coverage"]!["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(keys.Take(4), Keys(first).Concat(Keys(second)));
        Assert.Equal(
            all["data"]!["coverage"]!["nodes"]!.AsArray().Count(n => (bool)n!["uncovered"]!),
            (int)uncovered["data"]!["coverage"]!["totalCount"]!);

        static IEnumerable<string?> Keys(JsonObject page) => page["data"]!["coverage"]!["nodes"]!.AsArray().Select(n => (string?)n!["body"]!["key"]);
    }

    [Theory]
    [InlineData("""{ coverage(threatKey: "threat:no-such") { totalCount } }""", "NOT_FOUND", "threatKey")]
    [InlineData("""{ coverage(threatKey: "threat:2023-hu-sovereignty-protection-act", kinds: [NGO]) { totalCount } }""", "VALIDATION", "kinds")]
    [InlineData("""{ coverage(threatKey: "threat:2023-hu-sovereignty-protection-act", minConfidence: 2) { totalCount } }""", "VALIDATION", "minConfidence")]
    [InlineData("""{ coverage(threatKey: "threat:2023-hu-sovereignty-protection-act", maxHops: 0) { totalCount } }""", "VALIDATION", "maxHops")]
    public async Task Bad_Coverage_Questions_Should_Name_The_Offending_Argument(string query, string code, string field)
    {
        var json = await AnalystAsync(query);

        var error = Assert.Single(json["errors"]!.AsArray())!;
        Assert.Equal((code, field), ((string?)error["extensions"]!["code"], (string?)error["extensions"]!["field"]));
    }

    [Fact]
    public async Task The_Programme_Should_Show_Nine_Camps_And_26_Participants_To_An_Editor_Counts_To_An_Analyst_And_Neither_To_A_Viewer()
    {
        const string Listed = """{ programmes(first: 5) { nodes { key organisers { key } camps { key city } participantCount participants { participant { key } } } } }""";
        const string Counted = """{ programmes(first: 5) { nodes { camps { participantCount } participantCount } } }""";
        var editor = await AsAsync(RareGraphRoles.Editor, Listed);
        var analyst = await AsAsync(RareGraphRoles.Analyst, Counted);
        var analystListing = await AsAsync(RareGraphRoles.Analyst, Listed);
        var viewer = await AsAsync(RareGraphRoles.Viewer, Counted);

        Assert.True(editor["errors"] is null, editor.ToJsonString());
        var programme = Assert.Single(editor["data"]!["programmes"]!["nodes"]!.AsArray())!;
        Assert.Equal(3, programme["organisers"]!.AsArray().Count);
        Assert.Equal(9, programme["camps"]!.AsArray().Count);
        Assert.Equal(26, (int)programme["participantCount"]!);
        Assert.Equal(26, programme["participants"]!.AsArray().Count);
        Assert.Null(analyst["errors"]);
        Assert.Equal(26, (int)analyst["data"]!["programmes"]!["nodes"]![0]!["participantCount"]!);
        Assert.Equal(210, analyst["data"]!["programmes"]!["nodes"]![0]!["camps"]!.AsArray().Sum(c => (int)c!["participantCount"]!));
        AssertForbidden(analystListing);
        AssertForbidden(viewer);
        Assert.DoesNotContain("defender:", analystListing.ToJsonString() + viewer.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Camp_Encounters_Should_List_Who_A_Defender_Met_Most_Shared_Camps_First()
    {
        var json = await AsAsync(RareGraphRoles.Editor, $$"""{ campEncounters(key: "defender:fictional-01", at: "{{Today}}", first: 100) { totalCount nodes { participant { key } sharedCamps firstMetOn lastMetOn camps { key startsOn } } } }""");

        Assert.True(json["errors"] is null, json.ToJsonString());
        var nodes = json["data"]!["campEncounters"]!["nodes"]!.AsArray();
        Assert.Equal(nodes.Count, (int)json["data"]!["campEncounters"]!["totalCount"]!);
        Assert.Contains(nodes, n => (string?)n!["participant"]!["key"] == "org:hertie-school");
        Assert.DoesNotContain(nodes, n => (string?)n!["participant"]!["key"] == "defender:fictional-01");
        var shared = nodes.Select(n => (int)n!["sharedCamps"]!).ToList();
        Assert.Equal(shared.OrderByDescending(s => s), shared);
        Assert.All(nodes, n => Assert.Equal((int)n!["sharedCamps"]!, n["camps"]!.AsArray().Count));
        Assert.All(nodes, n => Assert.Equal((string?)n!["camps"]![0]!["startsOn"], (string?)n["firstMetOn"]));
    }

    [Fact]
    public async Task Camp_Encounters_As_Of_Before_The_First_Camp_Should_Be_Empty()
    {
        var json = await AsAsync(RareGraphRoles.Editor, """{ campEncounters(key: "org:hertie-school", at: "2024-09-01") { totalCount } }""");

        Assert.Equal(0, (int)json["data"]!["campEncounters"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("ANALYST")]
    [InlineData("VIEWER")]
    public async Task Camp_Encounters_Should_Be_Refused_Below_Editor(string role)
    {
        var json = await AsAsync(role, """{ campEncounters(key: "defender:fictional-01") { totalCount nodes { participant { key } } } }""");

        AssertForbidden(json);
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task Network_Growth_Should_Count_The_Ties_Formed_In_Each_Camp_Period()
    {
        var json = await AsAsync(RareGraphRoles.Analyst, """
            { networkGrowth(programmeKey: "programme:rare") { types members baseline
                periods(first: 20) { totalCount nodes { camp { key } from to created ended total participantCount createdByType { keys count } } } } }
            """);

        Assert.True(json["errors"] is null, json.ToJsonString());
        var growth = json["data"]!["networkGrowth"]!;
        var periods = growth["periods"]!["nodes"]!.AsArray();
        Assert.Equal(9, (int)growth["periods"]!["totalCount"]!);
        Assert.Equal(["AFFILIATED_WITH", "MEMBER_OF", "PARTNERS_WITH", "FUNDED_BY"], growth["types"]!.AsArray().Select(t => (string?)t));
        Assert.Equal([0, 0, 0, 1, 1, 1, 1, 1, 2], periods.Select(p => (int)p!["created"]!));
        Assert.Equal((int)growth["baseline"]! + 7, (int)periods[^1]!["total"]!);
        Assert.Equal("2024-12-01", (string?)periods[0]!["to"]);
        Assert.Null(periods[^1]!["to"]);
        Assert.Equal(210, periods.Sum(p => (int)p!["participantCount"]!));
        Assert.Equal("MEMBER_OF", (string?)periods[5]!["createdByType"]![0]!["keys"]![0]);
    }

    [Fact]
    public async Task Network_Growth_Should_Be_Counts_For_Analysts_And_Nothing_For_Viewers()
    {
        var viewer = await AsAsync(RareGraphRoles.Viewer, """{ networkGrowth(programmeKey: "programme:rare") { members } }""");
        var attendance = await AsAsync(RareGraphRoles.Analyst, """{ networkGrowth(programmeKey: "programme:rare", types: [PARTICIPATES_IN]) { members } }""");

        AssertForbidden(viewer);
        Assert.Equal("types", (string?)attendance["errors"]![0]!["extensions"]!["field"]);
    }

    [Fact]
    public async Task The_Action_Plan_Should_Count_Items_By_Status_And_Owner_And_List_The_Overdue()
    {
        var json = await AsAsync(RareGraphRoles.Viewer, $$"""
            { actionPlan(programmeKey: "programme:rare", at: "{{Today}}") { at total overdueCount
                byStatus { status count overdue }
                byOwner(first: 3) { totalCount nodes { owner { key } total unfinished done overdue } }
                overdue: items(overdueOnly: true) { totalCount nodes { key dueOn status overdue(at: "{{Today}}") owners { key } } }
                items(first: 2) { nodes { key dueOn } } } }
            """);

        Assert.True(json["errors"] is null, json.ToJsonString());
        var plan = json["data"]!["actionPlan"]!;
        Assert.Equal((13, 4), ((int)plan["total"]!, (int)plan["overdueCount"]!));
        Assert.Equal(
            ["OPEN:5:2", "IN_PROGRESS:2:2", "DONE:5:0", "DROPPED:1:0"],
            plan["byStatus"]!.AsArray().Select(s => $"{s!["status"]}:{s["count"]}:{s["overdue"]}"));
        var overdue = plan["overdue"]!["nodes"]!.AsArray();
        Assert.Equal(
            ["action:rare-map-grantees", "action:rare-track-transposition", "action:rare-final-evaluation", "action:rare-shadow-report"],
            overdue.Select(i => (string?)i!["key"]));
        Assert.All(overdue, i => Assert.True((bool)i!["overdue"]!));
        Assert.Equal("2024-03-31", (string?)plan["items"]!["nodes"]![0]!["dueOn"]);
        var owners = plan["byOwner"]!["nodes"]!.AsArray().Select(o => (int)o!["overdue"]!).ToList();
        Assert.Equal(owners.OrderByDescending(o => o), owners);
    }

    [Fact]
    public async Task The_Action_Plan_Before_Any_Due_Date_Should_Have_Nothing_Overdue()
    {
        var json = await AsAsync(RareGraphRoles.Viewer, """{ actionPlan(at: "2024-01-01") { total overdueCount } }""");

        Assert.Equal((13, 0), ((int)json["data"]!["actionPlan"]!["total"]!, (int)json["data"]!["actionPlan"]!["overdueCount"]!));
    }

    [Fact]
    public async Task An_Organisations_Campaigns_And_A_Campaigns_Targets_Should_Read_From_Either_Side()
    {
        var json = await AsAsync(RareGraphRoles.Viewer, """
            { entity(key: "org:hungarian-helsinki-committee") { ... on Organisation { campaigns { key advocatesTo { key } } programmes { key } actionItems { key } } } }
            """);

        Assert.True(json["errors"] is null, json.ToJsonString());
        var organisation = json["data"]!["entity"]!;
        Assert.Contains(organisation["campaigns"]!.AsArray(), c => (string?)c!["key"] == "campaign:rare-repeal-sovereignty-act");
        Assert.Equal("programme:rare", (string?)organisation["programmes"]![0]!["key"]);
        Assert.NotEmpty(organisation["actionItems"]!.AsArray());
    }

    [Fact]
    public async Task An_Organisations_Camps_Should_Be_For_Editors_Only()
    {
        const string Query = """{ entity(key: "org:hungarian-helsinki-committee") { ... on Organisation { participations { role gathering { key } } } } }""";
        var editor = await AsAsync(RareGraphRoles.Editor, Query);
        var analyst = await AsAsync(RareGraphRoles.Analyst, Query);

        Assert.Contains(editor["data"]!["entity"]!["participations"]!.AsArray(), p => (string?)p!["gathering"]!["key"] == "camp:rare-2-budapest" && (string?)p["role"] == "HOST");
        AssertForbidden(analyst);
        Assert.DoesNotContain("camp:", analyst.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<List<JsonNode>> CoverageAsync(string query)
    {
        var json = await AnalystAsync(query);
        Assert.True(json["errors"] is null, json.ToJsonString());
        return [.. json["data"]!["coverage"]!["nodes"]!.AsArray().Select(n => n!)];
    }

    private Task<JsonObject> AnalystAsync(string query) => AsAsync(RareGraphRoles.Analyst, query);

    private Task<JsonObject> AsAsync(string role, string query) => _app.GraphQLAsAsync(TestCallers.KeyFor(role), query);

    private static void AssertForbidden(JsonObject json) =>
        Assert.Contains(json["errors"]!.AsArray(), e => (string?)e!["extensions"]!["code"] == "FORBIDDEN");
}
