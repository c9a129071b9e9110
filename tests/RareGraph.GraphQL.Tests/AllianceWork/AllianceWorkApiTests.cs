using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.AllianceWork;

/// <summary>Programmes, camps, campaigns and action items written and read through the API (issue 15).</summary>
public sealed class AllianceWorkApiTests(AllianceWorkFixture fixture) : IClassFixture<AllianceWorkFixture>
{
    [Fact]
    public async Task A_Programme_Should_Read_Back_With_Its_Organisers_Camps_And_Campaigns()
    {
        var json = await AsAsync(RareGraphRoles.Viewer, """
            { programmes(first: 1) { totalCount nodes { key title startsOn endsOn organisers { key } camps { key city heldIn { key } programme { key } }
              campaigns { key status runBy { key } advocatesTo { key } respondsTo { key } actionItems { key status dueOn owners { key } partOf { key } } } } } }
            """);

        Assert.True(json["errors"] is null, json["errors"]?.ToJsonString());
        var programme = json["data"]!["programmes"]!["nodes"]![0]!;
        Assert.Equal("RARE", (string?)programme["title"]);
        Assert.Equal("2025-12-31", (string?)programme["endsOn"]);
        Assert.Equal("org:nhc", (string?)programme["organisers"]![0]!["key"]);
        var camp = programme["camps"]![0]!;
        Assert.Equal(("camp:1", "HU", "programme:rare"), ((string?)camp["key"], (string?)camp["heldIn"]!["key"], (string?)camp["programme"]!["key"]));
        var campaign = programme["campaigns"]![0]!;
        Assert.Equal("ACTIVE", (string?)campaign["status"]);
        Assert.Equal("gov:hu", (string?)campaign["advocatesTo"]![0]!["key"]);
        Assert.Equal("threat:act", (string?)campaign["respondsTo"]![0]!["key"]);
        var item = campaign["actionItems"]![0]!;
        Assert.Equal(("IN_PROGRESS", "org:nhc", "campaign:repeal"), ((string?)item["status"], (string?)item["owners"]![0]!["key"], (string?)item["partOf"]!["key"]));
    }

    [Fact]
    public async Task An_Editor_Should_See_Who_Attended_A_Camp_In_What_Role()
    {
        var json = await AsAsync(RareGraphRoles.Editor, """
            { entity(key: "camp:1") { ... on Camp { participantCount participants { role participant { key name } } } } }
            """);

        Assert.Null(json["errors"]);
        var camp = json["data"]!["entity"]!;
        Assert.Equal(2, (int)camp["participantCount"]!);
        Assert.Equal(
            ["def:heron:TRAINER", "def:kestrel:PARTICIPANT"],
            camp["participants"]!.AsArray().Select(p => $"{p!["participant"]!["key"]}:{p["role"]}"));
    }

    [Fact]
    public async Task An_Analyst_Should_Count_Attendance_But_Not_See_It()
    {
        var counted = await AsAsync(RareGraphRoles.Analyst, """{ entity(key: "camp:1") { ... on Camp { participantCount } } }""");
        var listed = await AsAsync(RareGraphRoles.Analyst, """{ entity(key: "camp:1") { ... on Camp { participants { role } } } }""");

        Assert.Equal(2, (int)counted["data"]!["entity"]!["participantCount"]!);
        AssertForbidden(listed);
    }

    [Fact]
    public async Task A_Viewer_Should_Neither_Count_Nor_See_Attendance()
    {
        const string role = RareGraphRoles.Viewer;
        var counted = await AsAsync(role, """{ entity(key: "camp:1") { ... on Camp { participantCount } } }""");
        var listed = await AsAsync(role, """{ entity(key: "camp:1") { ... on Camp { participants { role } } } }""");

        AssertForbidden(counted);
        AssertForbidden(listed);
    }

    [Theory]
    [InlineData("VIEWER")]
    [InlineData("ANALYST")]
    public async Task Attendance_Should_Not_Leak_Through_Relationships_Filters_Or_Counts(string role)
    {
        var ofCamp = await AsAsync(role, """{ entity(key: "camp:1") { relationships(first: 50) { totalCount nodes { type } } } }""");
        var ofDefender = await AsAsync(role, """{ entity(key: "def:kestrel") { relationships(first: 50) { totalCount nodes { type } } } }""");
        var asked = await AsAsync(role, """{ entity(key: "camp:1") { relationships(types: [PARTICIPATES_IN]) { totalCount } } }""");
        var filtered = await AsAsync(role, """{ defenders(where: { hasRelationship: [{ type: PARTICIPATES_IN, key: "camp:1" }] }) { totalCount } }""");
        var listed = await AsAsync(role, """{ relationships(where: { keys: ["camp:1", "def:kestrel"] }, first: 50) { totalCount nodes { type } } }""");
        var listedByType = await AsAsync(role, """{ relationships(where: { types: [PARTICIPATES_IN] }) { totalCount } }""");

        foreach (var answer in new[] { ofCamp, ofDefender, listed })
        {
            Assert.Null(answer["errors"]);
            Assert.DoesNotContain("PARTICIPATES_IN", answer.ToJsonString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, (int)ofDefender["data"]!["entity"]!["relationships"]!["totalCount"]!);
        AssertForbidden(asked);
        AssertForbidden(filtered);
        AssertForbidden(listedByType);
    }

    [Fact]
    public async Task An_Editor_Should_Find_Attendance_In_The_Relationships_Connection()
    {
        var json = await AsAsync(RareGraphRoles.Editor, """{ relationships(where: { types: [PARTICIPATES_IN] }) { totalCount nodes { role } } }""");

        Assert.Null(json["errors"]);
        Assert.Equal(2, (int)json["data"]!["relationships"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_Misplaced_Part_Should_Be_Explained_In_The_Schema_Words()
    {
        var json = await AsAsync(RareGraphRoles.Editor, """mutation { upsertActionItem(input: { key: "action:x", title: "X", partOfKey: "programme:rare" }) { graphVersion } }""");

        Assert.Equal(
            "A PART_OF relationship joins a camp or campaign to a programme, or an action item to a campaign or camp; 'action:x' is an action item and 'programme:rare' is a programme.",
            (string?)json["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Relationship_Counts_Should_Leave_Attendance_Out_For_A_Viewer_Only()
    {
        const string Query = "{ relationshipCounts { keys count } }";
        var viewer = await AsAsync(RareGraphRoles.Viewer, Query);
        var analyst = await AsAsync(RareGraphRoles.Analyst, Query);

        Assert.DoesNotContain("PARTICIPATES_IN", viewer.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(analyst["data"]!["relationshipCounts"]!.AsArray(), b => (string?)b!["keys"]![0] == "PARTICIPATES_IN" && (int)b["count"]! == 2);
    }

    [Fact]
    public async Task A_Participation_Should_Not_Be_Reachable_By_Id_Below_Editor()
    {
        var editor = await AsAsync(RareGraphRoles.Editor, """{ entity(key: "camp:1") { relationships(types: [PARTICIPATES_IN], first: 1) { nodes { id } } } }""");
        var id = (string?)editor["data"]!["entity"]!["relationships"]!["nodes"]![0]!["id"];

        var viewer = await AsAsync(RareGraphRoles.Viewer, $$"""{ node(id: "{{id}}") { id } }""");

        Assert.Null(viewer["data"]!["node"]);
    }

    [Fact]
    public async Task A_Participant_Should_Keep_Restricted_Fields_Restricted_For_An_Analyst()
    {
        var json = await AsAsync(RareGraphRoles.Editor, """{ entity(key: "camp:1") { ... on Camp { participants { participant { ... on Defender { legalName } } } } } }""");
        var analyst = await AsAsync(RareGraphRoles.Analyst, """{ entity(key: "def:kestrel") { ... on Defender { legalName } } }""");

        Assert.Contains("Secret Name", json.ToJsonString(), StringComparison.Ordinal);
        AssertForbidden(analyst);
        Assert.DoesNotContain("Secret Name", analyst.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""mutation { relate(input: { fromKey: "org:nhc", toKey: "gov:hu", type: ADVOCATES_TO, role: HOST }) { graphVersion } }""", "input.role")]
    [InlineData("""mutation { upsertActionItem(input: { key: "action:x", title: "X", partOfKey: "programme:rare" }) { graphVersion } }""", "input.partOfKey")]
    [InlineData("""mutation { upsertCampaign(input: { key: "campaign:x", title: "X", advocatesToKeys: ["org:nhc"] }) { graphVersion } }""", "input.advocatesToKeys.0")]
    [InlineData("""mutation { upsertCamp(input: { key: "camp:x", title: "X", startsOn: "2024-02-02", endsOn: "2024-02-01" }) { graphVersion } }""", "input.endsOn")]
    public async Task Bad_Alliance_Work_Should_Be_Refused_With_The_Offending_Field(string mutation, string field)
    {
        var json = await AsAsync(RareGraphRoles.Editor, mutation);

        var error = Assert.Single(json["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Contains(field, error.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alliance_Writes_Should_Be_In_The_Audit_Trail()
    {
        var json = await fixture.App.GraphQLAsync("""{ auditTrail(operation: "upsertCampaign", first: 5) { nodes { operation changes { key } } } }""");

        var keys = json["data"]!["auditTrail"]!["nodes"]![0]!["changes"]!.AsArray().Select(c => (string?)c!["key"]).ToList();
        Assert.Contains("campaign:repeal", keys);
        Assert.Contains("campaign:repeal-[ADVOCATES_TO]->gov:hu", keys);
    }

    private Task<JsonObject> AsAsync(string role, string query) => fixture.App.GraphQLAsAsync(TestCallers.KeyFor(role), query);

    private static void AssertForbidden(JsonObject json) =>
        Assert.Contains(json["errors"]!.AsArray(), e => (string?)e!["extensions"]!["code"] == "FORBIDDEN");
}
