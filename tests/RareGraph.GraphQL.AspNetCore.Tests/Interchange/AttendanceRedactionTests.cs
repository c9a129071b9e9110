using System.Net;
using System.Text.RegularExpressions;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>
/// Camp attendance in exports: editors get it (pseudonymised in a redacted file, the camp's city coarsened to its
/// country), analysts get the alliance's work without it, viewers get no export at all.
/// </summary>
public sealed class AttendanceRedactionTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private const string DefenderKey = "defender:attendance-test";
    private const string CampKey = "camp:attendance-test";
    private const string DefenderCity = "Szeged";
    private const string CampCity = "Debrecen";

    [Theory]
    [InlineData("/export/graph.graphml")]
    [InlineData("/export/graph.gexf")]
    [InlineData("/export/graph.cyjs")]
    [InlineData("/export/relationships.csv")]
    public async Task Analyst_Export_Holds_The_Camp_But_Not_Who_Attended(string path)
    {
        await AddAttendanceAsync();

        var text = await InterchangeClient.TextAsync(demo.Instance, path, RareGraphRoles.Analyst);

        Assert.Contains(CampKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("PARTICIPATES_IN", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">TRAINER<", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("\"role\"|attr.name=\"role\"|title=\"role\"|,role,|,role\r\n", RegexOptions.None, TimeSpan.FromSeconds(5)), text);
    }

    [Fact]
    public async Task Analyst_Naming_Attendance_In_Types_Is_Forbidden()
    {
        using var response = await InterchangeClient.GetAsync(demo.Instance, "/export/relationships.csv?types=PARTICIPATES_IN", RareGraphRoles.Analyst);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = InterchangeClient.ErrorOf(await response.Content.ReadAsStringAsync());
        Assert.Equal("FORBIDDEN", (string?)error["extensions"]!["code"]);
        Assert.Equal("types", (string?)error["extensions"]!["field"]);
    }

    [Theory]
    [InlineData("/export/graph.graphml?redact=true")]
    [InlineData("/export/graph.gexf?redact=true")]
    [InlineData("/export/graph.cyjs?redact=true")]
    [InlineData("/export/relationships.csv?redact=true")]
    [InlineData("/export/nodes.csv?redact=true")]
    public async Task Redacted_Editor_Export_Holds_No_Defender_Key_Or_City(string path)
    {
        await AddAttendanceAsync();

        var text = await InterchangeClient.TextAsync(demo.Instance, path, RareGraphRoles.Editor);

        Assert.DoesNotContain("defender:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DefenderCity, text, StringComparison.Ordinal);
        Assert.DoesNotContain(CampCity, text, StringComparison.Ordinal);
        Assert.Contains("defender-", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redacted_Editor_Export_Keeps_Attendance_Under_Pseudonyms_And_The_Camps_Country()
    {
        await AddAttendanceAsync();

        var nodes = await InterchangeClient.TextAsync(demo.Instance, "/export/nodes.csv?redact=true", RareGraphRoles.Editor);
        var relationships = await InterchangeClient.TextAsync(demo.Instance, "/export/relationships.csv?redact=true", RareGraphRoles.Editor);

        Assert.Contains(nodes.Split("\r\n"), l => l.StartsWith(CampKey + ",", StringComparison.Ordinal) && l.Contains(",Camp,", StringComparison.Ordinal) && l.Contains(",HU,", StringComparison.Ordinal));
        Assert.DoesNotContain(",city,", nodes.Split("\r\n")[0] + ",", StringComparison.Ordinal);
        Assert.Contains(
            relationships.Split("\r\n"),
            l => l.StartsWith("defender-", StringComparison.Ordinal) && l.Contains($",{CampKey},", StringComparison.Ordinal) && l.Contains("PARTICIPATES_IN", StringComparison.Ordinal) && l.EndsWith(",TRAINER", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unredacted_Editor_Export_Names_Participant_Role_And_City()
    {
        await AddAttendanceAsync();

        var text = await InterchangeClient.TextAsync(demo.Instance, "/export/relationships.csv", RareGraphRoles.Editor);
        var nodes = await InterchangeClient.TextAsync(demo.Instance, "/export/nodes.csv", RareGraphRoles.Editor);

        Assert.Contains(text.Split("\r\n"), l => l.StartsWith($"{DefenderKey},{CampKey},", StringComparison.Ordinal) && l.EndsWith(",TRAINER", StringComparison.Ordinal));
        Assert.Contains(CampCity, nodes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_Gets_No_Export()
    {
        using var response = await InterchangeClient.GetAsync(demo.Instance, "/export/relationships.csv", RareGraphRoles.Viewer);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("PARTICIPATES_IN", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AddAttendanceAsync()
    {
        var result = await demo.Instance.GraphQLAsync(
            """
            mutation {
              upsertDefender(input: { key: "defender:attendance-test", displayName: "Witness A.", basedInKey: "HU",
                legalName: "Attendance Testperson", location: "Szeged", riskLevel: HIGH }) { defender { key } }
              upsertCamp(input: { key: "camp:attendance-test", title: "Autumn camp", city: "Debrecen", heldInKey: "HU",
                programmeKey: "programme:rare", startsOn: "2025-10-01", endsOn: "2025-10-03" }) { camp { key } }
              relate(input: { fromKey: "defender:attendance-test", toKey: "camp:attendance-test", type: PARTICIPATES_IN, role: TRAINER }) { relationship { type } }
            }
            """);
        Assert.Null(result["errors"]);
    }
}
