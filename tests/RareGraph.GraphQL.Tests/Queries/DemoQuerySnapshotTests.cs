using Newtonsoft.Json.Linq;
using RareGraph.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>Representative answers over the demo data, as reviewed snapshots (request and response in one file).</summary>
public sealed class DemoQuerySnapshotTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public Task Hungarian_Organisations_With_Their_Base_And_Partners() => MatchAsync(Snapshot.FullName(), """
        {
          organisations(where: { basedIn: "HU" }, first: 5, order: [{ field: NAME }]) {
            totalCount
            nodes { key name kind basedIn { code } relationships(types: [PARTNERS_WITH, MEMBER_OF], first: 3) { nodes { type fromKey toKey } } }
          }
        }
        """);

    [Fact]
    public Task Legislation_Between_2017_And_2020_With_Jurisdictions() => MatchAsync(Snapshot.FullName(), """
        {
          threats(where: { category: { eq: LEGISLATION }, occurredOn: { gte: "2017-01-01", lte: "2020-12-31" } }, order: [{ field: OCCURRED_ON }]) {
            totalCount
            nodes { key title occurredOn datePrecision jurisdiction { code } }
          }
        }
        """);

    [Fact]
    public Task Or_And_Not_Filters_Combine() => MatchAsync(Snapshot.FullName(), """
        {
          organisations(where: { or: [{ kind: { eq: GOVERNMENT } }, { kind: { eq: PARLIAMENT } }], not: { name: { contains: "hungar" } } }, order: [{ field: KEY }]) {
            totalCount
            nodes { key kind }
          }
        }
        """);

    [Fact]
    public Task Error_Shape_For_An_Unknown_Argument_Value() => MatchAsync(Snapshot.FullName(), """
        { organisations(first: -1) { totalCount } }
        """);

    private async Task MatchAsync(SnapshotFullName name, string query)
    {
        var json = await _app.GraphQLAsync(query);
        var snapshot = new JObject
        {
            ["request"] = query.ReplaceLineEndings("\n"),
            ["response"] = JToken.Parse(json.ToJsonString()),
        };
        Snapshot.Match(snapshot, name);
    }
}
