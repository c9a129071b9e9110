using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Schema;

/// <summary>
/// The printed schema is the public contract: it must equal schema/raregraph.graphql. To accept a deliberate change,
/// run <c>RAREGRAPH_UPDATE_SCHEMA=1 dotnet test tests/RareGraph.GraphQL.Tests --filter SchemaContract</c> and review the diff
/// (never under <c>CI=true</c>, see <see cref="ApprovedSchema"/>); <see cref="SchemaEvolutionTests"/> then tells whether the
/// change breaks clients.
/// </summary>
public sealed class SchemaContractTests : IClassFixture<SchemaContractTests.App>
{
    private readonly App _app;

    public SchemaContractTests(App app) => _app = app;

    [Fact]
    public void Schema_Should_Match_The_Approved_Contract_File()
    {
        var printed = _app.Services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryRoot.Path, "schema", "raregraph.graphql");
        if (ApprovedSchema.MayRewrite(Environment.GetEnvironmentVariable))
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), "schema/raregraph.graphql is missing: regenerate it (see this class's summary).");
        var approved = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            approved == printed,
            "The server's schema differs from schema/raregraph.graphql. If the change is deliberate and backward compatible, regenerate the file (see this class's summary).");
    }

    [Theory]
    [InlineData("node(id: ID!): Node")]
    [InlineData("nodes(ids: [ID!]!): [Node]!")]
    [InlineData("entity(key: String!): Entity")]
    [InlineData("impact(threatKey: String!, maxHops: Int = 4, minScore: Float = 0.05, at: Date, weights: [RelationshipWeightInput!], kinds: [OrganisationKind!], minConfidence: Float = 0): ImpactReport!")]
    [InlineData("paths(fromKey: String!, toKey: String!, k: Int = 3, maxHops: Int = 6, types: [RelationshipType!], at: Date, undirected: Boolean = false, order: PathOrder = SCORE, minConfidence: Float = 0): [SpilloverPath!]!")]
    [InlineData("exposure(organisationKey: String!, minScore: Float = 0.05, maxHops: Int = 4, at: Date, polarity: EventPolarity = RESTRICTIVE, minConfidence: Float = 0, crossBorderOnly: Boolean, first: Int, after: String, last: Int, before: String): ExposureConnection!")]
    [InlineData("alliance(at: Date, minConfidence: Float = 0, members: [String!], kinds: [OrganisationKind!], includeIsolated: Boolean = false): AllianceAnalytics!")]
    [InlineData("diffusion(threatKey: String!, at: Date, minConfidence: Float = 0): Diffusion!")]
    [InlineData("spilloverModel: SpilloverModel!")]
    [InlineData("importGraph(input: ImportGraphInput!): ImportGraphPayload!")]
    [InlineData("deleteEntity(key: String!): DeleteEntityPayload!")]
    public void Schema_Should_Keep_The_Operations_Partners_Rely_On(string signature)
    {
        var printed = _app.Services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = false });
        Assert.Contains(signature, printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "false", true)]
    [InlineData("1", "true", false)]
    [InlineData("1", "TRUE", false)]
    [InlineData(null, null, false)]
    [InlineData("0", null, false)]
    public void Schema_File_Should_Be_Rewritten_Only_On_Request_And_Never_Under_CI(string? update, string? ci, bool rewrites)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["RAREGRAPH_UPDATE_SCHEMA"] = update, ["CI"] = ci };

        Assert.Equal(rewrites, ApprovedSchema.MayRewrite(name => environment.GetValueOrDefault(name)));
    }

    public sealed class App : IDisposable
    {
        private readonly RareGraphApp _app = new(demoData: false);

        public IServiceProvider Services => _app.Services;

        public void Dispose() => _app.Dispose();
    }
}
