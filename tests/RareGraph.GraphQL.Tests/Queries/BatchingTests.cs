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

        Assert.Equal(ten, hundred);
        Assert.InRange(hundred, 1, 5);
    }

    private async Task<int> CountCallsAsync(int first)
    {
        _app.Store.Reset();
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
