using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>Resolving many entities with their neighbours costs a constant number of store calls (no N+1).</summary>
public sealed class BatchingTests : IClassFixture<BatchingTests.HundredOrganisations>
{
    private const string Query = """
        query($first: Int) {
          organisations(first: $first, order: [{ field: KEY }]) {
            totalCount
            nodes {
              key
              basedIn { key name }
              relationships(first: 10) { totalCount nodes { type from { key name } to { key name } } }
            }
          }
        }
        """;

    private readonly RareGraphApp _app;

    public BatchingTests(HundredOrganisations fixture) => _app = fixture.Instance;

    [Fact]
    public async Task Hundred_Organisations_With_Jurisdictions_And_Relationships_Should_Cost_The_Same_Store_Calls_As_Ten()
    {
        var ten = await CountCallsAsync(10);
        var hundred = await CountCallsAsync(100);

        // One call per field or loader, whatever the page size: the listing, its count, basedIn's one-row pages, the
        // relationships' pages, their totals, and the entities they name.
        Assert.Equal(ten, hundred);
        Assert.InRange(hundred, 1, 6);
    }

    [Fact]
    public async Task Relationship_Pages_Should_Walk_Forwards_And_Backwards_Through_The_Same_Order()
    {
        const string Page = """
            query($after: String, $before: String, $first: Int, $last: Int) {
              entity(key: "org-050") {
                relationships(first: $first, after: $after, last: $last, before: $before) {
                  totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { cursor node { fromKey type toKey } }
                }
              }
            }
            """;
        var whole = (await _app.GraphQLAsync(Page, new { first = 10 }))["data"]!["entity"]!["relationships"]!;
        var expected = whole["edges"]!.AsArray().Select(e => e!["node"]!.ToJsonString()).ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(3, (int)whole["totalCount"]!);

        var forwards = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await _app.GraphQLAsync(Page, new { first = 1, after }))["data"]!["entity"]!["relationships"]!;
            forwards.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!.ToJsonString()));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }

            after = (string?)page["pageInfo"]!["endCursor"];
        }

        var backwards = new List<string>();
        string? before = null;
        while (true)
        {
            var page = (await _app.GraphQLAsync(Page, new { last = 1, before }))["data"]!["entity"]!["relationships"]!;
            backwards.InsertRange(0, page["edges"]!.AsArray().Select(e => e!["node"]!.ToJsonString()));
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
            {
                break;
            }

            before = (string?)page["pageInfo"]!["startCursor"];
        }

        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    private async Task<int> CountCallsAsync(int first)
    {
        _app.Store.ResetCalls();
        var json = await _app.GraphQLAsync(Query, new { first });
        Assert.Null(json["errors"]);
        Assert.Equal(first, json["data"]!["organisations"]!["nodes"]!.AsArray().Count);
        return _app.Store.Calls;
    }

    public sealed class HundredOrganisations : IAsyncLifetime
    {
        public RareGraphApp Instance { get; } = new(demoData: false);

        public async Task InitializeAsync()
        {
            var organisations = Enumerable.Range(0, 100).Select(i => new
            {
                key = $"org-{i:D3}",
                name = $"Organisation {i}",
                kind = "NGO",
                basedInKey = i % 2 == 0 ? "hu" : "pl",
            });
            var relationships = Enumerable.Range(0, 99).Select(i => new
            {
                fromKey = $"org-{i:D3}",
                toKey = $"org-{i + 1:D3}",
                type = "PARTNERS_WITH",
            });
            var json = await Instance.GraphQLAsync(
                "mutation($input: ImportGraphInput!) { importGraph(input: $input) { entitiesWritten } }",
                new
                {
                    input = new
                    {
                        jurisdictions = new[] { new { key = "hu", name = "Hungary", code = "HU" }, new { key = "pl", name = "Poland", code = "PL" } },
                        organisations,
                        relationships,
                    },
                });
            Assert.Equal(102, (int?)json["data"]?["importGraph"]?["entitiesWritten"]);
        }

        public Task DisposeAsync()
        {
            Instance.Dispose();
            return Task.CompletedTask;
        }
    }
}
