using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>Exports that can be shared with a partner without exposing a person at risk.</summary>
public sealed class RedactionTests : IDisposable
{
    private const string DefenderKey = "defender:redaction-test";
    private const string City = "Szeged";
    private const string LegalName = "Redaction Testperson";
    private readonly RareGraphApp _app = new(demoData: true);

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/export/graph.graphml?redact=true", RareGraphRoles.Admin)]
    [InlineData("/export/graph.gexf", RareGraphRoles.Analyst)]
    [InlineData("/export/graph.cyjs", RareGraphRoles.Analyst)]
    [InlineData("/export/nodes.csv", RareGraphRoles.Analyst)]
    [InlineData("/export/relationships.csv?redact=true", RareGraphRoles.Editor)]
    public async Task Redacted_Export_Holds_No_Defender_Key_Name_Or_City(string path, string role)
    {
        await AddDefenderAsync();

        var text = await InterchangeClient.TextAsync(_app, path, role);

        Assert.DoesNotContain("defender:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(City, text, StringComparison.Ordinal);
        Assert.DoesNotContain(LegalName, text, StringComparison.Ordinal);
        Assert.DoesNotContain("legalName", text, StringComparison.Ordinal);
        Assert.DoesNotContain("riskLevel", text, StringComparison.Ordinal);
        Assert.Contains("defender-", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redacted_Defender_Keeps_Its_Country_And_Its_Ties()
    {
        await AddDefenderAsync();

        var nodes = await InterchangeClient.TextAsync(_app, "/export/nodes.csv", RareGraphRoles.Analyst);
        var relationships = await InterchangeClient.TextAsync(_app, "/export/relationships.csv", RareGraphRoles.Analyst);

        var row = nodes.Split("\r\n").First(l => l.StartsWith("defender-", StringComparison.Ordinal) && l.Contains(",HU,", StringComparison.Ordinal));
        var pseudonym = row[..row.IndexOf(',', StringComparison.Ordinal)];
        Assert.DoesNotContain(pseudonym, relationships, StringComparison.Ordinal); // another file, another pseudonym
        Assert.Contains(relationships.Split("\r\n"), l => l.StartsWith("defender-", StringComparison.Ordinal) && l.Contains("AFFILIATED_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pseudonyms_Are_Stable_Within_A_File_And_Differ_Across_Files()
    {
        await AddDefenderAsync();

        var first = await InterchangeClient.TextAsync(_app, "/export/graph.graphml", RareGraphRoles.Analyst);
        var second = await InterchangeClient.TextAsync(_app, "/export/graph.graphml", RareGraphRoles.Analyst);

        var pseudonyms = System.Text.RegularExpressions.Regex.Matches(first, "defender-[0-9a-f]{16}", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5)).Select(m => m.Value).ToList();
        Assert.True(pseudonyms.Count > pseudonyms.Distinct().Count(), "Each pseudonym should appear in its node and its edges.");
        Assert.DoesNotContain(pseudonyms[0], second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_Unredacted_Export_Carries_The_Restricted_Fields()
    {
        await AddDefenderAsync();

        var text = await InterchangeClient.TextAsync(_app, "/export/graph.graphml", RareGraphRoles.Editor);

        Assert.Contains(DefenderKey, text, StringComparison.Ordinal);
        Assert.Contains(City, text, StringComparison.Ordinal);
        Assert.Contains(LegalName, text, StringComparison.Ordinal);
    }

    private async Task AddDefenderAsync()
    {
        var result = await _app.GraphQLAsync(
            """
            mutation {
              upsertDefender(input: { key: "defender:redaction-test", displayName: "Witness R.", basedInKey: "HU",
                legalName: "Redaction Testperson", location: "Szeged", riskLevel: HIGH }) { defender { key } }
              relate(input: { fromKey: "defender:redaction-test", toKey: "org:hungarian-helsinki-committee", type: AFFILIATED_WITH }) { relationship { type } }
            }
            """);
        Assert.Null(result["errors"]);
    }
}
