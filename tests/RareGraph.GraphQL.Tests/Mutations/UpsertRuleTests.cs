using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Mutations;

/// <summary>
/// One rule for every upsert input, documented in the README: a field left out is left as it is stored, an explicit
/// null clears it (back to its default where it has one), a value replaces it. The shorthand relationships
/// (<c>basedInKey</c>, <c>jurisdictionKey</c>, <c>targetKeys</c>) follow it too.
/// </summary>
public sealed class UpsertRuleTests : IDisposable
{
    private readonly RareGraphApp _app = new(demoData: false);

    [Fact]
    public async Task Organisation_Should_Keep_Left_Out_Fields_And_Clear_Nulled_Ones()
    {
        await WriteAsync("""
            upsertJurisdiction(input: { key: "hu", name: "Hungary", code: "HU" }) { changed }
            upsertOrganisation(input: { key: "o", name: "O", kind: NGO, website: "https://o.example", tags: ["a"], basedInKey: "hu" }) { changed }
            """);

        await WriteAsync("""upsertOrganisation(input: { key: "o", name: "O renamed", kind: NGO }) { organisation { website tags basedIn { key } } }""");
        var kept = await ReadAsync("""organisation: entity(key: "o") { ... on Organisation { name website tags basedIn { key } } }""");
        Assert.Equal("""{"name":"O renamed","website":"https://o.example","tags":["a"],"basedIn":{"key":"hu"}}""", kept["organisation"]!.ToJsonString());

        await WriteAsync("""upsertOrganisation(input: { key: "o", name: "O renamed", kind: NGO, website: null, tags: null, basedInKey: null }) { changed }""");
        var cleared = await ReadAsync("""organisation: entity(key: "o") { ... on Organisation { website tags basedIn { key } } }""");
        Assert.Equal("""{"website":null,"tags":[],"basedIn":null}""", cleared["organisation"]!.ToJsonString());
    }

    [Fact]
    public async Task Payload_Should_Show_The_Entity_As_Stored_After_The_Write()
    {
        await WriteAsync("""upsertOrganisation(input: { key: "o", name: "O", kind: NGO, website: "https://o.example" }) { changed }""");

        var json = await WriteAsync("""upsertOrganisation(input: { key: "o", name: "O2", kind: NGO }) { organisation { name website } }""");

        Assert.Equal("""{"name":"O2","website":"https://o.example"}""", json["upsertOrganisation"]!["organisation"]!.ToJsonString());
    }

    [Fact]
    public async Task Jurisdiction_Should_Keep_Its_Kind_When_Left_Out_And_Take_The_Default_When_Nulled()
    {
        await WriteAsync("""upsertJurisdiction(input: { key: "eu", name: "European Union", code: "EU", kind: SUPRANATIONAL, tags: ["bloc"] }) { changed }""");

        await WriteAsync("""upsertJurisdiction(input: { key: "eu", name: "The European Union", code: "EU" }) { changed }""");
        var kept = await ReadAsync("""eu: entity(key: "eu") { ... on Jurisdiction { name kind tags } }""");
        Assert.Equal("""{"name":"The European Union","kind":"SUPRANATIONAL","tags":["bloc"]}""", kept["eu"]!.ToJsonString());

        await WriteAsync("""upsertJurisdiction(input: { key: "eu", name: "Hungary", code: "HU", kind: null }) { changed }""");
        var nulled = await ReadAsync("""eu: entity(key: "eu") { ... on Jurisdiction { kind } }""");
        Assert.Equal("COUNTRY", (string?)nulled["eu"]!["kind"]);
    }

    [Fact]
    public async Task Defender_Should_Keep_Restricted_Fields_Left_Out_And_Clear_Nulled_Ones()
    {
        await WriteAsync("""
            upsertJurisdiction(input: { key: "ge", name: "Georgia", code: "GE" }) { changed }
            upsertDefender(input: { key: "d", displayName: "Heron", legalName: "L", contact: "C", location: "Tbilisi", riskLevel: HIGH, basedInKey: "ge" }) { changed }
            """);

        await WriteAsync("""upsertDefender(input: { key: "d", displayName: "Heron 2", contact: null }) { changed }""");

        var read = await ReadAsync("""d: entity(key: "d") { ... on Defender { displayName legalName contact location riskLevel basedIn { key } } }""");
        Assert.Equal(
            """{"displayName":"Heron 2","legalName":"L","contact":null,"location":"Tbilisi","riskLevel":"HIGH","basedIn":{"key":"ge"}}""",
            read["d"]!.ToJsonString());
    }

    [Fact]
    public async Task Threat_Should_Keep_Its_Place_Targets_And_Details_When_Left_Out()
    {
        await WriteAsync("""
            upsertJurisdiction(input: { key: "hu", name: "Hungary", code: "HU" }) { changed }
            upsertOrganisation(input: { key: "o", name: "O", kind: NGO }) { changed }
            recordThreat(input: { key: "t", title: "T", category: RAID, occurredOn: "2024-03-01", datePrecision: MONTH, severity: HIGH, summary: "S", sources: ["https://s.example"], jurisdictionKey: "hu", targetKeys: ["o"] }) { changed }
            """);

        await WriteAsync("""recordThreat(input: { key: "t", title: "T2", category: RAID, occurredOn: "2024-03-01" }) { changed }""");
        const string Fields = """t: entity(key: "t") { ... on Threat { title datePrecision severity summary sources jurisdiction { key } targets { key } } }""";
        Assert.Equal(
            """{"title":"T2","datePrecision":"MONTH","severity":"HIGH","summary":"S","sources":["https://s.example"],"jurisdiction":{"key":"hu"},"targets":[{"key":"o"}]}""",
            (await ReadAsync(Fields))["t"]!.ToJsonString());

        await WriteAsync("""recordThreat(input: { key: "t", title: "T2", category: RAID, occurredOn: "2024-03-05", datePrecision: null, severity: null, summary: null, sources: null, jurisdictionKey: null, targetKeys: null }) { changed }""");
        Assert.Equal(
            """{"title":"T2","datePrecision":"DAY","severity":"MEDIUM","summary":null,"sources":[],"jurisdiction":null,"targets":[]}""",
            (await ReadAsync(Fields))["t"]!.ToJsonString());
    }

    [Fact]
    public async Task Relationship_Should_Keep_Left_Out_Fields_And_Reset_Nulled_Ones()
    {
        await WriteAsync("""
            upsertOrganisation(input: { key: "a", name: "A", kind: NGO }) { changed }
            b: upsertOrganisation(input: { key: "b", name: "B", kind: NGO }) { changed }
            relate(input: { fromKey: "a", toKey: "b", type: PARTNERS_WITH, strength: 0.4, validFrom: "2020-01-01", source: "minutes", confidence: 0.8 }) { changed }
            """);

        var kept = await WriteAsync("""relate(input: { fromKey: "a", toKey: "b", type: PARTNERS_WITH, validTo: "2024-12-31" }) { relationship { strength validFrom validTo source confidence } }""");
        Assert.Equal(
            """{"strength":0.4,"validFrom":"2020-01-01","validTo":"2024-12-31","source":"minutes","confidence":0.8}""",
            kept["relate"]!["relationship"]!.ToJsonString());

        var reset = await WriteAsync("""relate(input: { fromKey: "a", toKey: "b", type: PARTNERS_WITH, strength: null, source: null }) { relationship { strength validFrom source confidence } }""");
        Assert.Equal("""{"strength":1,"validFrom":"2020-01-01","source":null,"confidence":0.8}""", reset["relate"]!["relationship"]!.ToJsonString());
    }

    [Fact]
    public async Task Merged_Values_Should_Be_Validated_Whole()
    {
        await WriteAsync("""
            upsertOrganisation(input: { key: "a", name: "A", kind: NGO }) { changed }
            b: upsertOrganisation(input: { key: "b", name: "B", kind: NGO }) { changed }
            relate(input: { fromKey: "a", toKey: "b", type: PARTNERS_WITH, validFrom: "2020-01-01" }) { changed }
            """);

        var json = await _app.GraphQLAsync("""mutation { relate(input: { fromKey: "a", toKey: "b", type: PARTNERS_WITH, validTo: "2019-12-31" }) { changed } }""");

        Assert.Equal("VALIDATION", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("input.validTo", (string?)json["errors"]![0]!["extensions"]!["field"]);
    }

    [Fact]
    public async Task Import_Should_Follow_The_Same_Rule()
    {
        await WriteAsync("""upsertOrganisation(input: { key: "o", name: "O", kind: NGO, website: "https://o.example", tags: ["a"] }) { changed }""");

        await WriteAsync("""importGraph(input: { organisations: [{ key: "o", name: "O", kind: NGO, tags: null }] }) { changed }""");

        var read = await ReadAsync("""o: entity(key: "o") { ... on Organisation { website tags } }""");
        Assert.Equal("""{"website":"https://o.example","tags":[]}""", read["o"]!.ToJsonString());
    }

    [Fact]
    public async Task Variables_Should_Tell_Left_Out_From_Null()
    {
        await WriteAsync("""upsertOrganisation(input: { key: "o", name: "O", kind: NGO, website: "https://o.example", tags: ["a"] }) { changed }""");

        var json = await _app.GraphQLAsync(
            "mutation($input: UpsertOrganisationInput!) { upsertOrganisation(input: $input) { organisation { website tags } } }",
            new { input = new Dictionary<string, object?> { ["key"] = "o", ["name"] = "O", ["kind"] = "NGO", ["website"] = null } });

        Assert.Equal("""{"website":null,"tags":["a"]}""", json["data"]!["upsertOrganisation"]!["organisation"]!.ToJsonString());
    }

    [Fact]
    public async Task Alliance_Work_Should_Keep_Left_Out_Fields_And_Links_And_Clear_Nulled_Ones()
    {
        await WriteAsync("""
            upsertJurisdiction(input: { key: "hu", name: "Hungary", code: "HU" }) { changed }
            gov: upsertOrganisation(input: { key: "gov", name: "Government", kind: GOVERNMENT }) { changed }
            upsertProgramme(input: { key: "p", title: "P", summary: "S", endsOn: "2025-12-31" }) { changed }
            upsertCampaign(input: { key: "c", title: "C", goal: "G", status: ACTIVE, programmeKey: "p", advocatesToKeys: ["gov"] }) { changed }
            upsertActionItem(input: { key: "a", title: "A", status: DONE, dueOn: "2024-06-01", partOfKey: "c" }) { changed }
            upsertCamp(input: { key: "k", title: "K", city: "Budapest", programmeKey: "p", heldInKey: "hu" }) { changed }
            """);

        var renamed = await WriteAsync("""
            upsertProgramme(input: { key: "p", title: "P2" }) { programme { title summary endsOn } }
            upsertCampaign(input: { key: "c", title: "C2" }) { campaign { title goal status } }
            upsertActionItem(input: { key: "a", title: "A2" }) { actionItem { title status dueOn } }
            upsertCamp(input: { key: "k", title: "K2" }) { camp { title city } }
            """);
        Assert.Equal("""{"title":"P2","summary":"S","endsOn":"2025-12-31"}""", renamed["upsertProgramme"]!["programme"]!.ToJsonString());
        Assert.Equal("""{"title":"C2","goal":"G","status":"ACTIVE"}""", renamed["upsertCampaign"]!["campaign"]!.ToJsonString());
        Assert.Equal("""{"title":"A2","status":"DONE","dueOn":"2024-06-01"}""", renamed["upsertActionItem"]!["actionItem"]!.ToJsonString());
        Assert.Equal("""{"title":"K2","city":"Budapest"}""", renamed["upsertCamp"]!["camp"]!.ToJsonString());
        const string Links = """
            c: entity(key: "c") { ... on Campaign { goal status programme { key } advocatesTo { key } } }
            a: entity(key: "a") { ... on ActionItem { status partOf { key } } }
            k: entity(key: "k") { ... on Camp { city programme { key } heldIn { key } } }
            """;
        Assert.Equal(
            """{"c":{"goal":"G","status":"ACTIVE","programme":{"key":"p"},"advocatesTo":[{"key":"gov"}]},"a":{"status":"DONE","partOf":{"key":"c"}},"k":{"city":"Budapest","programme":{"key":"p"},"heldIn":{"key":"hu"}}}""",
            (await ReadAsync(Links)).ToJsonString());

        await WriteAsync("""
            upsertCampaign(input: { key: "c", title: "C2", goal: null, status: null, programmeKey: null, advocatesToKeys: null }) { changed }
            upsertActionItem(input: { key: "a", title: "A2", status: null, partOfKey: null }) { changed }
            upsertCamp(input: { key: "k", title: "K2", city: null, heldInKey: null }) { changed }
            """);
        Assert.Equal(
            """{"c":{"goal":null,"status":"PLANNED","programme":null,"advocatesTo":[]},"a":{"status":"OPEN","partOf":null},"k":{"city":null,"programme":{"key":"p"},"heldIn":null}}""",
            (await ReadAsync(Links)).ToJsonString());
    }

    public void Dispose() => _app.Dispose();

    private async Task<JsonNode> WriteAsync(string mutations)
    {
        var json = await _app.GraphQLAsync($"mutation {{ {mutations} }}");
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }

    private async Task<JsonNode> ReadAsync(string fields)
    {
        var json = await _app.GraphQLAsync($"{{ {fields} }}");
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }
}
