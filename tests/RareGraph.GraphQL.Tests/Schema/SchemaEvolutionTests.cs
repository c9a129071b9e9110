using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Schema;

/// <summary>
/// Schema evolution: schema/raregraph.graphql against the last released schema (schema/released/raregraph.graphql) with
/// @graphql-inspector/core. A breaking change fails the test command unless CHANGELOG.md's Unreleased section lists it
/// with its reason; additive changes pass.
/// </summary>
public sealed class SchemaEvolutionTests : IDisposable
{
    private const string Released = """
        type Query {
          "Items."
          items(first: Int): [Item!]!
          item(key: String!): Item
        }
        type Item { key: String! name: String }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("raregraph-schema-check-").FullName;

    [SchemaCheckFact]
    public async Task Current_Schema_Should_Break_Nothing_That_The_Changelog_Does_Not_List()
    {
        var (exitCode, output) = await SchemaCheck.RunAsync();

        Assert.True(exitCode == 0, output);
    }

    [SchemaCheckFact]
    public async Task An_Unlisted_Breaking_Change_Should_Fail_The_Check()
    {
        var (exitCode, output) = await CheckAsync(
            Released.Replace("  item(key: String!): Item\n", "", StringComparison.Ordinal),
            "# Changelog\n\n## Unreleased\n\n### Added\n\n- `Query.items` pages.\n");

        Assert.Equal(1, exitCode);
        Assert.Contains("UNLISTED BREAKING: Query.item", output, StringComparison.Ordinal);
    }

    [SchemaCheckFact]
    public async Task A_Breaking_Change_Listed_With_Its_Reason_Should_Pass()
    {
        var (exitCode, output) = await CheckAsync(
            Released.Replace("items(first: Int): [Item!]!", "items(first: Int): ItemConnection!", StringComparison.Ordinal)
                + "\ntype ItemConnection { nodes: [Item!]! totalCount: Int! }\n",
            "# Changelog\n\n## Unreleased\n\n### Breaking\n\n- `Query.items` returns a connection.\n  Why: every list pages alike.\n\n## 1.0.0\n");

        Assert.True(exitCode == 0, output);
        Assert.Contains("listed breaking: Query.items", output, StringComparison.Ordinal);
    }

    [SchemaCheckFact]
    public async Task A_Listing_Without_A_Reason_Or_Outside_Unreleased_Should_Not_Count()
    {
        var broken = Released.Replace("  item(key: String!): Item\n", "", StringComparison.Ordinal);

        var (withoutReason, _) = await CheckAsync(broken, "# Changelog\n\n## Unreleased\n\n- `Query.item` removed.\n");
        var (released, _) = await CheckAsync(broken, "# Changelog\n\n## Unreleased\n\n## 1.0.0\n\n- `Query.item` removed. Why: unused.\n");

        Assert.Equal(1, withoutReason);
        Assert.Equal(1, released);
    }

    [SchemaCheckFact]
    public async Task Additive_Changes_Should_Pass_Without_An_Entry()
    {
        var (exitCode, output) = await CheckAsync(
            Released.Replace("type Item { key: String! name: String }", "type Item { key: String! name: String tags: [String!] }", StringComparison.Ordinal),
            "# Changelog\n\n## Unreleased\n");

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_Released_Schema_And_The_Changelog_Should_Exist()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, "schema", "released", "raregraph.graphql")));
        Assert.Contains("## Unreleased", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "CHANGELOG.md")), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<(int ExitCode, string Output)> CheckAsync(string current, string changelog)
    {
        var released = Path.Combine(_directory, "released.graphql");
        var now = Path.Combine(_directory, "current.graphql");
        var log = Path.Combine(_directory, "CHANGELOG.md");
        await File.WriteAllTextAsync(released, Released);
        await File.WriteAllTextAsync(now, current);
        await File.WriteAllTextAsync(log, changelog);
        return await SchemaCheck.RunAsync(released, now, log);
    }
}
