using System.Net;
using System.Net.Http.Headers;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>The workbook alliances keep, in Kumu's layout: an Elements sheet and a Connections sheet.</summary>
public sealed class SpreadsheetImportTests
{
    [Fact]
    public async Task Kumu_Style_Workbook_Imports_Elements_And_Connections()
    {
        using var app = new RareGraphApp(demoData: true);
        var workbook = Workbook.Create(
            ("Elements",
            [
                ["Label", "Type", "Tags", "Website"],
                ["Szeged Civic Watch", "NGO", "watchdog|local", "https://civic-watch.example.org"],
                ["Danube Donors", "Funder", string.Empty, string.Empty],
            ]),
            ("Connections",
            [
                ["From", "To", "Type", "Strength"],
                ["Szeged Civic Watch", "Danube Donors", "Funded by", "0.5"],
                ["Szeged Civic Watch", "HU", "BASED_IN", string.Empty],
            ]));
        using var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        using var response = await InterchangeClient.ImportAsync(app, content);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var organisation = (await app.GraphQLAsync(
            "{ organisation: entity(key: \"szeged-civic-watch\") { ... on Organisation { name kind tags basedIn { code } relationships(first: 10) { nodes { type strength to { key } } } } } }"))["data"]!["organisation"]!;
        Assert.Equal("Szeged Civic Watch", (string?)organisation["name"]);
        Assert.Equal("NGO", (string?)organisation["kind"]);
        Assert.Equal("HU", (string?)organisation["basedIn"]!["code"]);
        Assert.Contains(organisation["relationships"]!["nodes"]!.AsArray(), r => (string?)r!["type"] == "FUNDED_BY" && (string?)r["to"]!["key"] == "danube-donors" && r["strength"]!.GetValue<double>() == 0.5);
    }

    [Fact]
    public async Task Workbook_Problem_Names_Its_Sheet_And_Row()
    {
        using var app = new RareGraphApp(demoData: false);
        var workbook = Workbook.Create(
            ("Elements", [["Label", "Type"], ["Somebody", "Club"]]),
            ("Connections", [["From", "To", "Type"]]));
        using var content = new ByteArrayContent(workbook);

        using var response = await InterchangeClient.ImportAsync(app, content, "?dryRun=true");

        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["report"]!["problems"]![0]!;
        Assert.Equal("sheet 'Elements' row 2", (string?)problem["where"]);
        Assert.Equal("VALIDATION", (string?)problem["code"]);
    }
}
