using System.Globalization;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Tests.Security;
using RareGraph.TestSupport;
using Xunit.Abstractions;

namespace RareGraph.GraphQL.Tests.Fuzzing;

/// <summary>
/// Issue 10, item 11: a seeded, bounded fuzz run built from the schema, for every role, on a server of its own with the
/// demo data. Every answer must be spec-shaped (see <see cref="FuzzAnswerCheck"/>). A failure prints the seed and the
/// operations, to be kept as regression tests in <c>Bugs/</c>. <c>RAREGRAPH_FUZZ_SEED</c> and
/// <c>RAREGRAPH_FUZZ_OPERATIONS</c> run another seed or a longer run.
/// </summary>
public sealed class SchemaFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultSeed = 20_261_205;
    private const int DefaultOperations = 2_000;

    private readonly RareGraphApp _app = new(
        demoData: true,
        settings: new Dictionary<string, string?>
        {
            ["RareGraph:Security:AllowAnonymousRead"] = "true",
        });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Every_Answer_To_Schema_Driven_Random_Operations_Should_Be_Spec_Shaped_For_Every_Role()
    {
        var seed = Setting("RAREGRAPH_FUZZ_SEED", DefaultSeed);
        var count = Setting("RAREGRAPH_FUZZ_OPERATIONS", DefaultOperations);
        var (keys, ids, restricted) = await SurveyAsync();
        var random = new Random(seed);
        var fuzzer = new SchemaFuzzer(_app.Services.GetRequiredService<ISchema>(), random, new FuzzValues(random, keys, ids));
        var roles = RoleMatrix.Roles;
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();

        for (var i = 0; i < count; i++)
        {
            var role = roles[i % roles.Length];
            var operation = fuzzer.Next(i, role, mayWrite: role is RareGraphRoles.Editor or RareGraphRoles.Admin);
            using var response = await _app.PostAsync(
                new { query = operation.Document, variables = operation.Variables },
                "application/graphql-response+json",
                TestCallers.KeyFor(role));
            var body = await response.Content.ReadAsStringAsync();
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            if (FuzzAnswerCheck.Problem(role, response.StatusCode, body, restricted) is { } problem && failures.Count < 10)
            {
                failures.Add($"{problem}\n  seed {seed}, operation {operation}\n  answer {body[..Math.Min(body.Length, 1_000)]}");
            }
        }

        output.WriteLine($"seed {seed}: {count} operations, status " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.Count == 0, $"seed {seed}:\n" + string.Join("\n\n", failures));
    }

    /// <summary>Keys and ids to aim at, and the restricted values that only EDITOR and ADMIN may ever receive.</summary>
    private async Task<(List<string> Keys, List<string> Ids, List<string> Restricted)> SurveyAsync()
    {
        var json = await _app.GraphQLAsync("""
            {
              organisations(first: 100) { nodes { id key } }
              threats(first: 100) { nodes { id key } }
              defenders(first: 100) { nodes { id key legalName contact location } }
            }
            """);
        var data = json["data"]!;
        var all = new[] { "organisations", "threats", "defenders" }.SelectMany(list => data[list]!["nodes"]!.AsArray()).ToList();
        // What every role may read anyway: a restricted value that also occurs there ("fictional") proves nothing.
        var open = (await _app.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Viewer), """
            {
              organisations(first: 100) { nodes { key name } }
              threats(first: 100) { nodes { key title } }
              defenders(first: 100) { nodes { key displayName } }
              jurisdictions(first: 100) { nodes { key name } }
            }
            """)).ToJsonString();
        var restricted = data["defenders"]!["nodes"]!.AsArray()
            .SelectMany(d => new[] { "legalName", "contact", "location" }.Select(f => (string?)d![f]))
            .OfType<string>()
            .Where(v => v.Length >= 4 && !open.Contains(v, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(restricted);
        return (all.Select(n => (string)n!["key"]!).ToList(), all.Select(n => (string)n!["id"]!).ToList(), restricted);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
