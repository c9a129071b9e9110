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
        // Each count at a new graph version, so neither reads what the other left in the read cache.
        await MoveVersionAsync();
        var ten = await CountCallsAsync(10);
        await MoveVersionAsync();
        var hundred = await CountCallsAsync(100);

        // One call per field or loader, whatever the page size: the graph version, the listing, its count, basedIn's
        // one-row pages, the relationships' pages, their totals, and the entities they name.
        Assert.Equal(ten, hundred);
        Assert.InRange(hundred, 1, 7);
    }

    [Fact]
    public async Task A_Read_Repeated_At_The_Same_Version_Should_Take_Pages_And_Entities_From_The_Read_Cache()
    {
        await MoveVersionAsync();
        var cold = await CountCallsAsync(20);

        // The same read written differently (a comment), so the response cache, keyed by the text, does not answer it.
        var warm = await CountCallsAsync(20, "\n# asked again");

        // Warm: the version, the listing, its count and the relationships' totals; basedIn's pages, the jurisdictions
        // and the relationship pages were read at this version by the first query.
        Assert.Equal(7, cold);
        Assert.Equal(4, warm);
    }

    [Fact]
    public async Task A_Write_Should_Be_Read_By_The_Next_Query_Despite_The_Read_Cache()
    {
        const string Read = """{ entity(key: "org-070") { ... on Organisation { basedIn { name } relationships(first: 10) { nodes { fromKey toKey } } } } }""";
        var before = (await _app.GraphQLAsync(Read))["data"]!["entity"]!;
        Assert.Equal(2, before["relationships"]!["nodes"]!.AsArray().Count(n => (string?)n!["toKey"] != "hu"));

        var json = await _app.GraphQLAsync(
            "mutation($input: ImportGraphInput!) { importGraph(input: $input) { entitiesWritten } }",
            new
            {
                input = new
                {
                    jurisdictions = new[] { new { key = "hu", name = "Magyarország", code = "HU" } },
                    relationships = new[] { new { fromKey = "org-070", toKey = "org-010", type = "PARTNERS_WITH" } },
                },
            });
        Assert.Null(json["errors"]);

        var after = (await _app.GraphQLAsync(Read))["data"]!["entity"]!;
        Assert.Equal("Magyarország", (string?)after["basedIn"]!["name"]);
        Assert.Contains(after["relationships"]!["nodes"]!.AsArray(), n => (string?)n!["toKey"] == "org-010");
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

    /// <summary>A write that none of the counted reads touches, to move the graph version on.</summary>
    private async Task MoveVersionAsync()
    {
        var json = await _app.GraphQLAsync(
            "mutation($input: ImportGraphInput!) { importGraph(input: $input) { entitiesWritten } }",
            new { input = new { jurisdictions = new[] { new { key = $"elsewhere-{Guid.NewGuid():N}", name = "Elsewhere", code = "AT" } } } });
        Assert.True(json["errors"] is null, json.ToJsonString());
    }

    private async Task<int> CountCallsAsync(int first, string comment = "")
    {
        _app.Store.ResetCalls();
        var json = await _app.GraphQLAsync(Query + comment, new { first });
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
