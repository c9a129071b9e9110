using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>
/// Role × operation: every query field and mutation, for every role. Allowed → the field answers (perhaps with a domain
/// error such as NOT_FOUND, never an authorisation one); denied → UNAUTHENTICATED or FORBIDDEN and no data at all.
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixTests.App fixture) : IClassFixture<RoleMatrixTests.App>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (field, _, _) in RoleMatrix.Operations)
        {
            foreach (var role in RoleMatrix.Roles)
            {
                data.Add(field, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_Role_Should_Run_Exactly_The_Operations_Its_Rank_Allows(string field, string role)
    {
        var (_, leastRole, operation) = RoleMatrix.Operations.Single(o => o.Field == field);
        var json = await fixture.Instance.GraphQLAsAsync(TestCallers.KeyFor(role), operation);

        var codes = Codes(json);
        if (RoleMatrix.Allows(role, leastRole))
        {
            Assert.DoesNotContain(ErrorCodesOfAccess[0], codes);
            Assert.DoesNotContain(ErrorCodesOfAccess[1], codes);
            // Some operations of the matrix name keys that do not exist: a domain error proves the field ran.
            var ran = json["data"] is JsonObject data && data.ContainsKey(field);
            Assert.True(ran || codes.All(c => c is "NOT_FOUND" or "VALIDATION" or "CONFLICT") && codes.Count > 0, $"{role} ran {field}: {json}");
        }
        else
        {
            Assert.Equal([role == RareGraphRoles.Public ? "UNAUTHENTICATED" : "FORBIDDEN"], codes);
            Assert.Null(json["data"]);
        }
    }

    [Fact]
    public async Task Anonymous_Caller_Should_Get_Unauthenticated_For_Everything_When_Anonymous_Read_Is_Off()
    {
        using var closed = new RareGraphApp(demoData: false);
        foreach (var (field, _, operation) in RoleMatrix.Operations)
        {
            var json = await closed.GraphQLAsAsync(null, operation);
            Assert.True(Codes(json).SequenceEqual(["UNAUTHENTICATED"]), $"{field}: {json}");
            Assert.Null(json["data"]);
        }
    }

    [Fact]
    public async Task Unknown_Field_Should_Be_A_Validation_Error_Not_Forbidden()
    {
        var json = await fixture.Instance.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Viewer), "{ organisatons { totalCount } }");
        Assert.Equal(["VALIDATION"], Codes(json));
    }

    [Fact]
    public async Task Denied_Mutation_Should_Write_Nothing()
    {
        var before = await fixture.Instance.GraphQLAsync("{ organisations(first: 0) { totalCount } }");
        var json = await fixture.Instance.GraphQLAsAsync(
            TestCallers.KeyFor(RareGraphRoles.Analyst),
            """mutation { upsertOrganisation(input: { key: "org:denied", name: "Denied", kind: NGO }) { changed } }""");
        var after = await fixture.Instance.GraphQLAsync("{ organisations(first: 0) { totalCount } }");

        Assert.Equal("FORBIDDEN", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    private static readonly string[] ErrorCodesOfAccess = ["UNAUTHENTICATED", "FORBIDDEN"];

    private static List<string?> Codes(JsonObject json) =>
        json["errors"]?.AsArray().Select(e => (string?)e!["extensions"]!["code"]).ToList() ?? [];

    public sealed class App : IDisposable
    {
        public RareGraphApp Instance { get; } = new(demoData: true, new Dictionary<string, string?>
        {
            ["RareGraph:Security:AllowAnonymousRead"] = "true",
            ["RareGraph:Security:AllowAnonymousIntrospection"] = "true",
        });

        public void Dispose() => Instance.Dispose();
    }
}
