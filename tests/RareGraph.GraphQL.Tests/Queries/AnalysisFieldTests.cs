using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>The analysis fields over HTTP: ordering, arguments, limits and error codes (the numbers are proven in Analysis.Tests).</summary>
public sealed class AnalysisFieldTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private const string SovereigntyAct = "threat:2023-hu-sovereignty-protection-act";
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Impact_Should_List_Organisations_By_Score_Then_Hops_Then_Key_With_Paths_Reaching_Their_Score()
    {
        var json = await _app.GraphQLAsync($$"""
            { impact(threatKey: "{{SovereigntyAct}}") { at affected(first: 100) { totalCount nodes { organisation { key } score hops path { score hops nodes { key } relationships { type } } } } } }
            """);
        Assert.Null(json["errors"]);
        var affected = json["data"]!["impact"]!["affected"]!["nodes"]!.AsArray();
        Assert.NotEmpty(affected);
        Assert.Equal("2023-12-12", (string?)json["data"]!["impact"]!["at"]);
        for (var i = 1; i < affected.Count; i++)
        {
            Assert.True((double)affected[i - 1]!["score"]! >= (double)affected[i]!["score"]!);
        }

        foreach (var entry in affected)
        {
            var path = entry!["path"]!;
            Assert.Equal((double)entry["score"]!, (double)path["score"]!, 12);
            Assert.Equal((int)entry["hops"]!, (int)path["hops"]!);
            Assert.Equal((int)entry["hops"]!, path["relationships"]!.AsArray().Count);
            Assert.Equal((string?)entry["organisation"]!["key"], (string?)path["nodes"]!.AsArray()[^1]!["key"]);
        }
    }

    [Fact]
    public async Task Impact_Cross_Border_Only_Should_Page_Through_Exactly_The_Cross_Border_Entries()
    {
        var all = await _app.GraphQLAsync($$"""
            { impact(threatKey: "{{SovereigntyAct}}") { affected(first: 100) { nodes { organisation { key } crossBorder } } } }
            """);
        var filtered = await _app.GraphQLAsync($$"""
            { impact(threatKey: "{{SovereigntyAct}}") { affected(first: 100, crossBorderOnly: true) { totalCount nodes { organisation { key } crossBorder path { hops } } } } }
            """);

        Assert.Null(filtered["errors"]);
        var expected = all["data"]!["impact"]!["affected"]!["nodes"]!.AsArray()
            .Where(n => (bool)n!["crossBorder"]!).Select(n => (string?)n!["organisation"]!["key"]).ToList();
        var affected = filtered["data"]!["impact"]!["affected"]!;
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, (int)affected["totalCount"]!);
        Assert.Equal(expected, affected["nodes"]!.AsArray().Select(n => (string?)n!["organisation"]!["key"]));
        Assert.All(affected["nodes"]!.AsArray(), n => Assert.True((bool)n!["crossBorder"]!));
    }

    [Fact]
    public async Task Impact_Kinds_Filter_Should_Answer_Which_Governments_Are_Affected()
    {
        // Not the sovereignty act: the governments it reaches are its initiators, listed apart.
        var json = await _app.GraphQLAsync("""
            { impact(threatKey: "threat:2024-hu-spo-investigates-ti-hungary", kinds: [GOVERNMENT]) { affected(first: 100) { nodes { organisation { kind } } } } }
            """);
        var kinds = json["data"]!["impact"]!["affected"]!["nodes"]!.AsArray().Select(n => (string?)n!["organisation"]!["kind"]).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("GOVERNMENT", k));
    }

    [Theory]
    [InlineData("impact(threatKey: \"threat:2023-hu-sovereignty-protection-act\", maxHops: 9) { at }", "VALIDATION", "maxHops")]
    [InlineData("impact(threatKey: \"threat:2023-hu-sovereignty-protection-act\", minScore: 0) { at }", "VALIDATION", "minScore")]
    [InlineData("impact(threatKey: \"threat:2023-hu-sovereignty-protection-act\", weights: [{ type: PARTNERS_WITH, weight: 1.5 }]) { at }", "VALIDATION", "weights.0.weight")]
    [InlineData("impact(threatKey: \"no-such-threat\") { at }", "NOT_FOUND", "threatKey")]
    [InlineData("paths(fromKey: \"HU\", toKey: \"PL\", k: 21) { hops }", "VALIDATION", "k")]
    [InlineData("exposure(organisationKey: \"HU\") { totalCount }", "NOT_FOUND", "organisationKey")]
    [InlineData("diffusion(threatKey: \"org:hungarian-helsinki-committee\") { threat { key } }", "NOT_FOUND", "threatKey")]
    public async Task Out_Of_Range_Or_Unknown_Arguments_Should_Fail_With_Code_And_Field(string selection, string code, string field)
    {
        var json = await _app.GraphQLAsync($"{{ {selection} }}");
        var error = json["errors"]![0]!;
        Assert.Equal(code, (string?)error["extensions"]!["code"]);
        Assert.Equal(field, (string?)error["extensions"]!["field"]);
    }

    [Fact]
    public async Task Exposure_Should_Agree_With_Each_Threats_Own_Impact()
    {
        const string organisation = "org:hungarian-helsinki-committee";
        var exposure = await _app.GraphQLAsync($$"""{ exposure(organisationKey: "{{organisation}}") { nodes { threat { key } score hops } } }""");
        foreach (var entry in exposure["data"]!["exposure"]!["nodes"]!.AsArray().Take(5))
        {
            var threat = (string)entry!["threat"]!["key"]!;
            var impact = await _app.GraphQLAsync($$"""{ impact(threatKey: "{{threat}}") { affected(first: 100) { nodes { organisation { key } score hops } } } }""");
            var same = impact["data"]!["impact"]!["affected"]!["nodes"]!.AsArray().Single(n => (string?)n!["organisation"]!["key"] == organisation)!;
            Assert.Equal((double)entry["score"]!, (double)same["score"]!, 12);
            Assert.Equal((int)entry["hops"]!, (int)same["hops"]!);
        }
    }

    [Fact]
    public async Task Diffusion_Should_Show_Who_Copied_The_2012_Russian_Law_And_How_Fast()
    {
        var json = await _app.GraphQLAsync("""
            { diffusion(threatKey: "threat:2012-ru-foreign-agents-law") { descendants { threat { key } depth lagDays via } } }
            """);
        var georgia = json["data"]!["diffusion"]!["descendants"]!.AsArray()
            .Single(d => (string?)d!["threat"]!["key"] == "threat:2023-ge-foreign-agents-bill")!;
        Assert.Equal(1, (int)georgia["depth"]!);
        Assert.Equal(new DateOnly(2023, 3, 9).DayNumber - new DateOnly(2012, 7, 20).DayNumber, (int)georgia["lagDays"]!);
        Assert.Equal("MODELLED_ON", (string?)georgia["via"]![0]);
    }

    [Fact]
    public async Task Alliance_Members_Should_Be_Ranked_By_PageRank_And_Sum_To_One()
    {
        var json = await _app.GraphQLAsync("{ alliance(at: \"2024-06-01\") { at members(first: 100) { totalCount nodes { pageRank } } } }");
        var members = json["data"]!["alliance"]!["members"]!;
        var ranks = members["nodes"]!.AsArray().Select(n => (double)n!["pageRank"]!).ToList();
        Assert.Equal(ranks.OrderByDescending(r => r), ranks);
        if ((int)members["totalCount"]! <= 100)
        {
            Assert.Equal(1.0, ranks.Sum(), 9);
        }
    }
}
