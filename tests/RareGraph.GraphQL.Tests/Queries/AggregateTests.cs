using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>The dashboard aggregates over HTTP on the demo data: what a chart reads in one request.</summary>
public sealed class AggregateTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Threat_Counts_By_Year_Should_Add_Up_To_The_Threats_Total_In_Year_Order()
    {
        var json = await _app.GraphQLAsync("""
            { threatCounts(by: [YEAR]) { keys count } threats(first: 0) { totalCount } }
            """);

        Assert.Null(json["errors"]);
        var buckets = json["data"]!["threatCounts"]!.AsArray();
        var years = buckets.Select(b => (string)b!["keys"]![0]!).ToList();
        Assert.True(buckets.Count > 5, json.ToJsonString());
        Assert.Equal(years.Order(StringComparer.Ordinal), years);
        Assert.All(years, y => Assert.Matches("^[0-9]{4}$", y));
        Assert.Equal((int)json["data"]!["threats"]!["totalCount"]!, buckets.Sum(b => (int)b!["count"]!));
    }

    [Fact]
    public async Task Threat_Counts_Should_Match_The_Listing_For_Each_Jurisdiction_And_Category()
    {
        var json = await _app.GraphQLAsync("""
            { threatCounts(where: { occurredOn: { gte: "2020-01-01" } }, by: [JURISDICTION, CATEGORY]) { keys count } }
            """);
        Assert.Null(json["errors"]);
        var buckets = json["data"]!["threatCounts"]!.AsArray();
        var hungary = buckets.Single(b => (string?)b!["keys"]![0] == "HU" && (string?)b!["keys"]![1] == "LEGISLATION");

        var listed = await _app.GraphQLAsync("""
            { threats(where: { jurisdiction: "HU", category: { eq: LEGISLATION }, occurredOn: { gte: "2020-01-01" } }, first: 0) { totalCount } }
            """);

        Assert.Equal((int)listed["data"]!["threats"]!["totalCount"]!, (int)hungary!["count"]!);
        Assert.All(buckets, b => Assert.Equal(2, b!["keys"]!.AsArray().Count));
    }

    [Fact]
    public async Task Relationship_Counts_Should_Name_Types_As_The_Schema_Does_And_Honour_The_Filter()
    {
        var json = await _app.GraphQLAsync("""
            {
              all: relationshipCounts { keys count }
              based: relationshipCounts(where: { types: [BASED_IN], toKeys: ["HU"] }) { keys count }
              total: relationshipCounts(by: []) { keys count }
            }
            """);

        Assert.Null(json["errors"]);
        var all = json["data"]!["all"]!.AsArray();
        Assert.Contains(all, b => (string?)b!["keys"]![0] == "BASED_IN");
        Assert.Contains(all, b => (string?)b!["keys"]![0] == "OCCURRED_IN");
        var total = json["data"]!["total"]!.AsArray().Single();
        Assert.Empty(total!["keys"]!.AsArray());
        Assert.Equal(all.Sum(b => (int)b!["count"]!), (int)total["count"]!);
        var based = json["data"]!["based"]!.AsArray().Single();
        var hungarians = await _app.GraphQLAsync("""{ organisations(where: { basedIn: "HU" }, first: 0) { totalCount } defenders(where: { basedIn: "HU" }, first: 0) { totalCount } }""");
        Assert.Equal(
            (int)hungarians["data"]!["organisations"]!["totalCount"]! + (int)hungarians["data"]!["defenders"]!["totalCount"]!,
            (int)based!["count"]!);
    }

    [Fact]
    public async Task Threat_Counts_By_Polarity_Should_Name_Values_As_The_Schema_Does()
    {
        var json = await _app.GraphQLAsync("{ threatCounts(by: [POLARITY]) { keys count } threats(first: 0) { totalCount } }");

        Assert.Null(json["errors"]);
        var buckets = json["data"]!["threatCounts"]!.AsArray();
        Assert.All(buckets, b => Assert.Contains((string?)b!["keys"]![0], new[] { "PROTECTIVE", "RESTRICTIVE" }));
        Assert.Equal((int)json["data"]!["threats"]!["totalCount"]!, buckets.Sum(b => (int)b!["count"]!));
    }

    [Fact]
    public async Task A_Repeated_Dimension_Should_Be_A_Validation_Error()
    {
        var json = await _app.GraphQLAsync("{ threatCounts(by: [YEAR, YEAR]) { count } }");

        Assert.Equal("VALIDATION", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("by", (string?)json["errors"]![0]!["extensions"]!["field"]);
    }

    [Fact]
    public async Task Threat_Counts_Should_Cost_One_Store_Call()
    {
        _app.Store.ResetCalls();
        var versionReads = _app.Store.VersionReads;

        var json = await _app.GraphQLAsync("{ threatCounts(by: [YEAR, JURISDICTION, CATEGORY]) { count } }");

        Assert.Null(json["errors"]);

        // Besides the graph version, which the response cache keys the answer by.
        Assert.Equal(1, _app.Store.Calls - (_app.Store.VersionReads - versionReads));
    }
}
