using System.Text.RegularExpressions;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>
/// Every <c>```graphql</c> block of the README runs against the demo data without an error, so the README cannot drift
/// from the schema or the data. New examples are picked up by themselves; mutations run after the queries, on a server of
/// their own, so an example write cannot change what a query example shows.
/// </summary>
public sealed partial class ReadmeQueryTests
{
    public static TheoryData<int, string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var data = new TheoryData<int, string>();
        var index = 0;
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            data.Add(++index, block.Groups["body"].Value);
        }

        return data;
    }

    [Fact]
    public void Readme_Should_Hold_Graphql_Examples() => Assert.True(Examples().Count >= 5);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Readme_Example_Should_Run_Against_The_Demo_Data(int index, string example)
    {
        Assert.DoesNotMatch(VariableDeclaration(), example);
        Assert.DoesNotContain("subscription", example.TrimStart()[..Math.Min(20, example.TrimStart().Length)], StringComparison.Ordinal);
        using var app = new RareGraphApp(demoData: true);

        var json = await app.GraphQLAsync(example);

        Assert.True(json["errors"] is null, $"README example {index} failed: {json.ToJsonString()}\n{example}");
        Assert.NotNull(json["data"]);
    }

    [GeneratedRegex("```graphql\\r?\\n(?<body>.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex("^\\s*(query|mutation)\\s*\\w*\\s*\\(\\s*\\$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex VariableDeclaration();
}
