using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Mutations;

public sealed class MutationBehaviourTests : IDisposable
{
    private readonly RareGraphApp _app = new(demoData: false);

    [Fact]
    public async Task Repeating_An_Upsert_Should_Change_Nothing_And_Keep_The_Version()
    {
        const string upsert = "mutation { upsertJurisdiction(input: { key: \"hu\", name: \"Hungary\", code: \"HU\", tags: [\"eu\"] }) { changed graphVersion jurisdiction { key tags } } }";
        var first = (await _app.GraphQLAsync(upsert))["data"]!["upsertJurisdiction"]!;
        var second = (await _app.GraphQLAsync(upsert))["data"]!["upsertJurisdiction"]!;

        Assert.True((bool)first["changed"]!);
        Assert.False((bool)second["changed"]!);
        Assert.Equal((int)first["graphVersion"]!, (int)second["graphVersion"]!);
    }

    [Fact]
    public async Task BasedInKey_Should_Replace_The_Previous_Base()
    {
        await _app.GraphQLAsync("""
            mutation {
              importGraph(input: {
                jurisdictions: [{ key: "hu", name: "Hungary", code: "HU" }, { key: "at", name: "Austria", code: "AT" }]
                organisations: [{ key: "ngo", name: "NGO", kind: NGO, basedInKey: "hu" }]
              }) { changed }
            }
            """);
        await _app.GraphQLAsync("mutation { upsertOrganisation(input: { key: \"ngo\", name: \"NGO\", kind: NGO, basedInKey: \"at\" }) { changed } }");

        var json = await _app.GraphQLAsync("{ entity(key: \"ngo\") { ... on Organisation { basedIn { key } relationships { totalCount } } } }");
        Assert.Equal("at", (string?)json["data"]!["entity"]!["basedIn"]!["key"]);
        Assert.Equal(1, (int)json["data"]!["entity"]!["relationships"]!["totalCount"]!);
    }

    [Fact]
    public async Task Deleting_An_Entity_Should_Remove_Its_Relationships_And_Node_Id_Should_Then_Be_Null()
    {
        var created = await _app.GraphQLAsync("""
            mutation {
              importGraph(input: {
                organisations: [{ key: "a", name: "A", kind: NGO }, { key: "b", name: "B", kind: FUNDER }]
                relationships: [{ fromKey: "a", toKey: "b", type: FUNDED_BY, strength: 0.7, source: "annual report", confidence: 0.9 }]
              }) { relationshipsWritten }
            }
            """);
        Assert.Equal(1, (int)created["data"]!["importGraph"]!["relationshipsWritten"]!);
        var id = (string)(await _app.GraphQLAsync("{ entity(key: \"a\") { id } }"))["data"]!["entity"]!["id"]!;

        var deleted = await _app.GraphQLAsync("mutation { deleteEntity(key: \"b\") { deletedKey removedRelationships } }");
        Assert.Equal(1, (int)deleted["data"]!["deleteEntity"]!["removedRelationships"]!);

        var after = await _app.GraphQLAsync($"{{ node(id: \"{id}\") {{ ... on Organisation {{ key relationships {{ totalCount }} }} }} entity(key: \"b\") {{ key }} }}");
        Assert.Equal(0, (int)after["data"]!["node"]!["relationships"]!["totalCount"]!);
        Assert.Null(after["data"]!["entity"]);
    }

    [Fact]
    public async Task Relationship_Should_Round_Trip_Every_Field_And_Be_Fetchable_By_Node_Id()
    {
        await _app.GraphQLAsync("mutation { importGraph(input: { organisations: [{ key: \"a\", name: \"A\", kind: NGO }, { key: \"b\", name: \"B\", kind: NGO }] }) { changed } }");
        var related = await _app.GraphQLAsync("""
            mutation {
              relate(input: { fromKey: "a", toKey: "b", type: PARTNERS_WITH, strength: 0.25, validFrom: "2020-01-01", validTo: "2024-12-31", source: "MoU", confidence: 0.5 }) {
                relationship { id type strength validFrom validTo source confidence from { key } to { key } }
              }
            }
            """);
        var relationship = related["data"]!["relate"]!["relationship"]!;
        var fetched = await _app.GraphQLAsync($"{{ node(id: \"{(string)relationship["id"]!}\") {{ ... on Relationship {{ id type strength validFrom validTo source confidence from {{ key }} to {{ key }} }} }} }}");

        Assert.Equal(relationship.ToJsonString(), fetched["data"]!["node"]!.ToJsonString());
        Assert.Equal("2020-01-01", (string?)relationship["validFrom"]);
    }

    [Fact]
    public async Task Restricted_Defender_Fields_Should_Be_Forbidden_To_A_Viewer()
    {
        await _app.GraphQLAsync("mutation { upsertDefender(input: { key: \"d1\", displayName: \"Defender A (fictional)\", legalName: \"Secret Name\", riskLevel: HIGH }) { changed } }");

        var json = await _app.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Viewer), "{ entity(key: \"d1\") { name ... on Defender { legalName riskLevel } } }");

        Assert.Equal("Defender A (fictional)", (string?)json["data"]!["entity"]!["name"]);
        Assert.Null(json["data"]!["entity"]!["legalName"]);
        Assert.All(json["errors"]!.AsArray(), e => Assert.Equal("FORBIDDEN", (string?)e!["extensions"]!["code"]));
        Assert.DoesNotContain("Secret Name", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_On_Risk_Level_Should_Be_Forbidden_To_A_Viewer()
    {
        var json = await _app.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Viewer), "{ defenders(where: { riskLevel: { eq: HIGH } }) { totalCount } }");
        Assert.Equal("FORBIDDEN", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(json["data"]);
    }

    public void Dispose() => _app.Dispose();
}
