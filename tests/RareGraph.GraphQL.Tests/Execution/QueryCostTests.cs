using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Execution;

/// <summary>The cost limit stops wide, deep pages but never an explorer reading the schema.</summary>
public sealed class QueryCostTests(EmptyApp fixture) : IClassFixture<EmptyApp>
{
    private const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }";

    private static readonly string ExplorerIntrospection = $$"""
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types {
              kind name description
              fields(includeDeprecated: true) { name description args { name description type { {{TypeRef}} } defaultValue } type { {{TypeRef}} } isDeprecated deprecationReason }
              inputFields { name description type { {{TypeRef}} } defaultValue }
              interfaces { {{TypeRef}} }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { {{TypeRef}} }
            }
            directives { name description locations args { name description type { {{TypeRef}} } defaultValue } }
          }
        }
        """;

    private readonly RareGraphApp _app = fixture.Instance;

    [Fact]
    public async Task Explorer_Introspection_Should_Pass_The_Cost_Limit()
    {
        var json = await _app.GraphQLAsync(ExplorerIntrospection);
        Assert.Null(json["errors"]);
        Assert.Equal("Query", (string?)json["data"]!["__schema"]!["queryType"]!["name"]);
    }

    [Fact]
    public async Task Wide_Pages_Of_Deep_Selections_Should_Exceed_The_Cost_Limit()
    {
        var json = await _app.GraphQLAsync("""
            { organisations(first: 100) { nodes { relationships(first: 100) { nodes { from { relationships(first: 100) { nodes { to { key } } } } } } } } }
            """);
        Assert.Equal("LIMIT_EXCEEDED", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task A_Dashboard_Sized_Query_Should_Pass_The_Cost_Limit()
    {
        var json = await _app.GraphQLAsync("""
            { organisations(first: 50) { totalCount nodes { key name kind basedIn { code } relationships(first: 20) { nodes { type to { key name } } } } } }
            """);
        Assert.Null(json["errors"]);
    }
}
