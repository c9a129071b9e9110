using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Bugs;

/// <summary>
/// Issue 10 item 6 and issue 16 item 1: cursors were plain base64 of their position (a RISK_LEVEL cursor read
/// <c>[3,"defender:…"]</c>) and were accepted by any connection, order or filter, silently returning wrong pages. They
/// are now sealed and bound to the connection, its entity or analysis, its order and its filter.
/// </summary>
public sealed class SealedCursorTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private const string Threat = "threat:2023-hu-sovereignty-protection-act";
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Risk_Level_Cursor_Should_Reveal_Neither_The_Level_Nor_The_Key()
    {
        var json = await _app.GraphQLAsync("{ defenders(first: 3, order: [{ field: RISK_LEVEL }]) { edges { cursor node { key } } } }");

        foreach (var edge in json["data"]!["defenders"]!["edges"]!.AsArray())
        {
            var cursor = (string)edge!["cursor"]!;
            var bytes = Base64Url.IsValid(cursor) ? Base64Url.DecodeFromChars(cursor) : Encoding.UTF8.GetBytes(cursor);
            var text = Encoding.Latin1.GetString(bytes);
            Assert.DoesNotContain("defender", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain((string)edge["node"]!["key"]!, text, StringComparison.Ordinal);
            Assert.DoesNotContain("[", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cursor_Under_Another_Order_Should_Be_A_Validation_Error_On_After()
    {
        var cursor = await EndCursorAsync("threats(first: 5, order: [{ field: OCCURRED_ON }])", "threats");

        var json = await _app.GraphQLAsync("query($c: String) { threats(first: 5, after: $c, order: [{ field: TITLE }]) { nodes { key } } }", new { c = cursor });

        AssertForeignCursor(json, "after");
    }

    [Fact]
    public async Task Cursor_Under_Another_Filter_Should_Be_A_Validation_Error()
    {
        var cursor = await EndCursorAsync("threats(first: 3, where: { category: { eq: LEGISLATION } })", "threats");

        var other = await _app.GraphQLAsync("query($c: String) { threats(first: 3, after: $c, where: { category: { eq: SMEAR_CAMPAIGN } }) { nodes { key } } }", new { c = cursor });
        var none = await _app.GraphQLAsync("query($c: String) { threats(first: 3, after: $c) { nodes { key } } }", new { c = cursor });
        var same = await _app.GraphQLAsync("query($c: String) { threats(first: 3, after: $c, where: { category: { eq: LEGISLATION } }) { nodes { key } } }", new { c = cursor });

        AssertForeignCursor(other, "after");
        AssertForeignCursor(none, "after");
        Assert.Null(same["errors"]);
    }

    [Fact]
    public async Task Cursor_Of_Another_Connection_Should_Be_A_Validation_Error_On_Before()
    {
        var cursor = await EndCursorAsync("organisations(first: 2)", "organisations");

        var json = await _app.GraphQLAsync("query($c: String) { jurisdictions(last: 2, before: $c) { nodes { key } } }", new { c = cursor });

        AssertForeignCursor(json, "before");
    }

    [Fact]
    public async Task Tampered_Cursor_Should_Be_A_Validation_Error()
    {
        var cursor = await EndCursorAsync("organisations(first: 2)", "organisations");
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];

        var json = await _app.GraphQLAsync("query($c: String) { organisations(first: 2, after: $c) { nodes { key } } }", new { c = tampered });

        AssertForeignCursor(json, "after");
    }

    [Fact]
    public async Task Relationship_Cursor_Of_One_Entity_Should_Not_Page_Another_But_Should_Continue_Through_Entity()
    {
        var listing = await _app.GraphQLAsync("{ organisations(first: 20) { nodes { key relationships(first: 1) { pageInfo { endCursor } } } } }");
        var withRelationships = listing["data"]!["organisations"]!["nodes"]!.AsArray()
            .Where(n => n!["relationships"]!["pageInfo"]!["endCursor"] is not null)
            .Select(n => ((string)n!["key"]!, (string)n["relationships"]!["pageInfo"]!["endCursor"]!))
            .Take(2)
            .ToList();
        var (first, cursor) = withRelationships[0];
        var second = withRelationships[1].Item1;
        const string Page = "query($k: String!, $c: String) { entity(key: $k) { ... on Organisation { relationships(first: 1, after: $c) { nodes { toKey } } } } }";

        var same = await _app.GraphQLAsync(Page, new { k = first, c = cursor });
        var other = await _app.GraphQLAsync(Page, new { k = second, c = cursor });

        Assert.Null(same["errors"]);
        AssertForeignCursor(other, "after");
    }

    [Fact]
    public async Task Affected_Cursor_Should_Be_Bound_To_Its_Impact_Report_And_Its_Arguments()
    {
        var report = await _app.GraphQLAsync($$"""{ impact(threatKey: "{{Threat}}") { affected(first: 2) { pageInfo { endCursor } } } }""");
        var cursor = (string)report["data"]!["impact"]!["affected"]!["pageInfo"]!["endCursor"]!;
        const string Page = "query($t: String!, $h: Int, $c: String, $x: Boolean) { impact(threatKey: $t, maxHops: $h) { affected(first: 2, after: $c, crossBorderOnly: $x) { nodes { hops } } } }";

        var same = await _app.GraphQLAsync(Page, new { t = Threat, c = cursor });
        var otherThreat = await _app.GraphQLAsync(Page, new { t = "threat:2012-ru-foreign-agents-law", c = cursor });
        var otherHops = await _app.GraphQLAsync(Page, new { t = Threat, h = 2, c = cursor });
        var crossBorder = await _app.GraphQLAsync(Page, new { t = Threat, c = cursor, x = true });

        Assert.Null(same["errors"]);
        AssertForeignCursor(otherThreat, "after");
        AssertForeignCursor(otherHops, "after");
        AssertForeignCursor(crossBorder, "after");
    }

    [Fact]
    public async Task Alliance_Member_Cursor_Should_Be_Bound_To_Its_Order()
    {
        var alliance = await _app.GraphQLAsync("{ alliance { members(first: 2, order: PAGE_RANK) { pageInfo { endCursor } } } }");
        var cursor = (string)alliance["data"]!["alliance"]!["members"]!["pageInfo"]!["endCursor"]!;

        var json = await _app.GraphQLAsync("query($c: String) { alliance { members(first: 2, after: $c, order: DEGREE) { nodes { degree } } } }", new { c = cursor });

        AssertForeignCursor(json, "after");
    }

    [Fact]
    public async Task Audit_Trail_Cursor_Should_Be_Bound_To_Its_Filter()
    {
        var trail = await _app.GraphQLAsync("{ auditTrail(first: 1) { pageInfo { endCursor } } }");
        var cursor = (string)trail["data"]!["auditTrail"]!["pageInfo"]!["endCursor"]!;

        var json = await _app.GraphQLAsync("query($c: String) { auditTrail(first: 1, after: $c, operation: \"importGraph\") { nodes { version } } }", new { c = cursor });

        AssertForeignCursor(json, "after");
    }

    private async Task<string> EndCursorAsync(string connection, string field)
    {
        var json = await _app.GraphQLAsync($"{{ {connection} {{ pageInfo {{ endCursor }} }} }}");
        Assert.Null(json["errors"]);
        return (string)json["data"]![field]!["pageInfo"]!["endCursor"]!;
    }

    private static void AssertForeignCursor(JsonObject json, string argument)
    {
        var error = json["errors"]![0]!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Equal(argument, (string?)error["extensions"]!["field"]);
    }
}
