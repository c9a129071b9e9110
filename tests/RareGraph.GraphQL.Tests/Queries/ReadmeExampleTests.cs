using System.Text.RegularExpressions;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>The README's example queries run on the demo data as written, and answer something.</summary>
public sealed partial class ReadmeExampleTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private readonly RareGraphApp _app = demo.Instance;

    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Blocks().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Readme_Example_Should_Run_On_The_Demo_Data_Without_Errors(int index)
    {
        var query = Blocks()[index];
        var json = await _app.GraphQLAsync(query);

        Assert.Null(json["errors"]);
        Assert.All(json["data"]!.AsObject(), field => Assert.NotEqual("[]", field.Value?.ToJsonString()));
    }

    [Fact]
    public void Readme_Should_Have_Examples_That_Leave_Out_Invented_Links()
    {
        Assert.Contains(Blocks(), b => b.Contains("minConfidence: 0.6", StringComparison.Ordinal) && b.Contains("impact(", StringComparison.Ordinal));
    }

    private static List<string> Blocks() =>
        GraphQLBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")))
            .Select(m => m.Groups["query"].Value)
            .Where(b => b.TrimStart().StartsWith('{'))
            .ToList();

    [GeneratedRegex("```graphql\\n(?<query>.*?)```", RegexOptions.Singleline | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GraphQLBlock();
}
