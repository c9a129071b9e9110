using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Bugs;

/// <summary>
/// Issue 10, item 3: <c>mutation { a: upsertJurisdiction(...) b: relate(fromKey: "nope" ...) }</c> answered
/// <c>{"errors":[NOT_FOUND at b],"data":null}</c> although <c>a</c> had been stored. A mutation document is one
/// transaction: all of its root fields commit together (one graph version, one audit entry) or none does, and a
/// failure answers <c>data: null</c> with nothing written. Live on SQLite; the Neo4j side is in the store's wire tests.
/// </summary>
public sealed class TransactionalMutationDocumentTests : IDisposable
{
    private const string Trail = "{ auditTrail(first: 100) { totalCount nodes { version operation changes { key } } } }";
    private readonly RareGraphApp _app = new(demoData: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_Document_Whose_Second_Field_Fails_Should_Write_Nothing_And_Answer_Data_Null()
    {
        var entriesBefore = await AuditCountAsync();

        var json = await _app.GraphQLAsync("""
            mutation {
              a: upsertJurisdiction(input: { key: "hu", name: "Hungary", code: "HU" }) { changed }
              b: relate(input: { fromKey: "nope", toKey: "hu", type: BASED_IN }) { changed }
            }
            """);

        Assert.Null(json["data"]);
        var error = Assert.Single(json["errors"]!.AsArray())!;
        Assert.Equal("NOT_FOUND", (string?)error["extensions"]!["code"]);
        Assert.Equal("b", (string?)error["path"]![0]);
        Assert.Null((await _app.GraphQLAsync("{ entity(key: \"hu\") { key } }"))["data"]!["entity"]);
        Assert.Equal(entriesBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task A_Failure_After_A_Delete_Should_Leave_The_Deleted_Entity_And_Its_Relationships_In_Place()
    {
        await _app.GraphQLAsync("""
            mutation { importGraph(input: {
              jurisdictions: [{ key: "hu", name: "Hungary", code: "HU" }]
              organisations: [{ key: "ngo", name: "NGO", kind: NGO, basedInKey: "hu" }] }) { changed } }
            """);

        var json = await _app.GraphQLAsync("""
            mutation {
              gone: deleteEntity(key: "ngo") { deletedKey }
              broken: upsertOrganisation(input: { key: "other", name: "Other", kind: NGO, basedInKey: "nowhere" }) { changed }
            }
            """);

        Assert.Null(json["data"]);
        Assert.Equal("NOT_FOUND", (string?)json["errors"]![0]!["extensions"]!["code"]);
        var ngo = (await _app.GraphQLAsync("{ entity(key: \"ngo\") { ... on Organisation { key basedIn { key } } } }"))["data"]!["entity"]!;
        Assert.Equal("hu", (string?)ngo["basedIn"]!["key"]);
    }

    [Fact]
    public async Task Fields_Of_One_Document_Should_See_Each_Other_And_Commit_As_One_Version_With_One_Audit_Entry()
    {
        var before = await TrailAsync();

        var json = await _app.GraphQLAsync("""
            mutation {
              a: upsertJurisdiction(input: { key: "hu", name: "Hungary", code: "HU" }) { changed graphVersion }
              b: upsertOrganisation(input: { key: "ngo", name: "NGO", kind: NGO, basedInKey: "hu" }) {
                changed graphVersion organisation { key basedIn { key } }
              }
              c: upsertOrganisation(input: { key: "funder", name: "Funder", kind: FUNDER }) { changed graphVersion }
              d: relate(input: { fromKey: "ngo", toKey: "funder", type: FUNDED_BY, strength: 0.5 }) {
                changed graphVersion relationship { from { key } to { key } }
              }
            }
            """);

        Assert.True(json["errors"] is null, json.ToJsonString() + string.Join(Environment.NewLine, _app.Logs.Entries.Select(e => e.Exception?.ToString())));
        var data = json["data"]!;
        Assert.Equal("hu", (string?)data["b"]!["organisation"]!["basedIn"]!["key"]);
        Assert.Equal("funder", (string?)data["d"]!["relationship"]!["to"]!["key"]);
        var after = await TrailAsync();
        Assert.Equal((int)before["totalCount"]! + 1, (int)after["totalCount"]!);
        var entry = after["nodes"]![0]!;
        Assert.Equal("upsertJurisdiction, upsertOrganisation, relate", (string?)entry["operation"]);
        Assert.Equal((int)entry["version"]!, (int)data["d"]!["graphVersion"]!);
        Assert.Equal(
            ["funder", "hu", "ngo", "ngo-[BASED_IN]->hu", "ngo-[FUNDED_BY]->funder"],
            entry["changes"]!.AsArray().Select(c => (string)c!["key"]!).Order(StringComparer.Ordinal));
        var stored = await _app.GraphQLAsync("{ entity(key: \"ngo\") { ... on Organisation { basedIn { key } relationships { totalCount } } } }");
        Assert.Equal(2, (int)stored["data"]!["entity"]!["relationships"]!["totalCount"]!);
    }

    [Fact]
    public async Task Creating_Then_Deleting_In_One_Document_Should_Change_Nothing_And_Leave_No_Entry()
    {
        var entriesBefore = await AuditCountAsync();

        var json = await _app.GraphQLAsync("""
            mutation {
              a: upsertJurisdiction(input: { key: "hu", name: "Hungary", code: "HU" }) { changed }
              b: deleteEntity(key: "hu") { deletedKey }
            }
            """);

        Assert.Null(json["errors"]);
        Assert.Null((await _app.GraphQLAsync("{ entity(key: \"hu\") { key } }"))["data"]!["entity"]);
        Assert.Equal(entriesBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task Key_Management_Sharing_Its_Document_Should_Be_Refused_Before_Anything_Is_Written()
    {
        var json = await _app.GraphQLAsync("""
            mutation {
              a: upsertJurisdiction(input: { key: "hu", name: "Hungary", code: "HU" }) { changed }
              k: createApiKey(id: "mixed", role: VIEWER) { secret }
            }
            """);

        Assert.Null(json["data"]);
        Assert.Equal("VALIDATION", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Null((await _app.GraphQLAsync("{ entity(key: \"hu\") { key } }"))["data"]!["entity"]);
        var keys = await _app.GraphQLAsync("{ apiKeys { id } }");
        Assert.DoesNotContain("mixed", keys["data"]!["apiKeys"]!.AsArray().Select(k => (string?)k!["id"]));
    }

    private async Task<JsonNode> TrailAsync() => (await _app.GraphQLAsync(Trail))["data"]!["auditTrail"]!;

    private async Task<int> AuditCountAsync() => (int)(await TrailAsync())["totalCount"]!;
}
