using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Mutations;

/// <summary>Every rule of the model, broken once: the right code, a message naming the problem, the field, and nothing written.</summary>
public sealed class MutationValidationTests : IClassFixture<MutationValidationTests.Seeded>
{
    private readonly RareGraphApp _app;

    public MutationValidationTests(Seeded seeded) => _app = seeded.Instance;

    public static TheoryData<string, string, string, string> BrokenRules => new()
    {
        { "upsertJurisdiction(input: { key: \"\", name: \"X\", code: \"FR\" }) { changed }", "VALIDATION", "input.key", "must not be empty" },
        { "upsertJurisdiction(input: { key: \"has space\", name: \"X\", code: \"FR\" }) { changed }", "VALIDATION", "input.key", "may contain only" },
        { "upsertJurisdiction(input: { key: \"fr\", name: \" \", code: \"FR\" }) { changed }", "VALIDATION", "input.name", "must not be empty" },
        { "upsertJurisdiction(input: { key: \"fr\", name: \"France\", code: \"QQ\" }) { changed }", "VALIDATION", "input.code", "ISO 3166-1" },
        { "upsertJurisdiction(input: { key: \"eu2\", name: \"Body\", code: \"e-u\", kind: SUPRANATIONAL }) { changed }", "VALIDATION", "input.code", "capital letters" },
        { "upsertOrganisation(input: { key: \"o1\", name: \"O\", kind: NGO, website: \"ftp://x\" }) { changed }", "VALIDATION", "input.website", "http" },
        { "upsertOrganisation(input: { key: \"o1\", name: \"O\", kind: NGO, basedInKey: \"nowhere\" }) { changed }", "NOT_FOUND", "input.basedInKey", "nowhere" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"ngo2\", type: PARTNERS_WITH, strength: 0 }) { changed }", "VALIDATION", "input.strength", "greater than 0" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"ngo2\", type: PARTNERS_WITH, strength: 1.5 }) { changed }", "VALIDATION", "input.strength", "at most 1" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"ngo2\", type: PARTNERS_WITH, confidence: 2 }) { changed }", "VALIDATION", "input.confidence", "between 0 and 1" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"ngo2\", type: PARTNERS_WITH, validFrom: \"2024-01-02\", validTo: \"2024-01-01\" }) { changed }", "VALIDATION", "input.validTo", "earlier than validFrom" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"ngo\", type: PARTNERS_WITH }) { changed }", "VALIDATION", "input.toKey", "two different" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"missing\", type: PARTNERS_WITH }) { changed }", "NOT_FOUND", "input.toKey", "missing" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"ngo2\", type: BASED_IN }) { changed }", "VALIDATION", "input.toKey", "must end at a jurisdiction" },
        { "relate(input: { fromKey: \"hu\", toKey: \"ngo\", type: PARTNERS_WITH }) { changed }", "VALIDATION", "input.fromKey", "must start at an organisation" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"hu\", type: GOVERNS }) { changed }", "VALIDATION", "input.fromKey", "GOVERNMENT or PARLIAMENT" },
        { "relate(input: { fromKey: \"ngo\", toKey: \"ngo2\", type: ADVOCATES_TO }) { changed }", "VALIDATION", "input.toKey", "MULTILATERAL" },
        { "relate(input: { fromKey: \"law-early\", toKey: \"law-late\", type: MODELLED_ON }) { changed }", "VALIDATION", "input.fromKey", "later threat to the earlier" },
        { "upsertOrganisation(input: { key: \"hu\", name: \"Clash\", kind: NGO }) { changed }", "CONFLICT", "input.key", "already belongs to a jurisdiction" },
        { "upsertOrganisation(input: { key: \"gov\", name: \"Now an NGO\", kind: NGO }) { changed }", "VALIDATION", "input.kind", "GOVERNS" },
        { "recordThreat(input: { key: \"t-month\", title: \"T\", category: LEGISLATION, occurredOn: \"2024-03-15\", datePrecision: MONTH }) { changed }", "VALIDATION", "input.occurredOn", "first day of that month" },
        { "recordThreat(input: { key: \"t-target\", title: \"T\", category: RAID, occurredOn: \"2024-03-15\", targetKeys: [\"law-early\"] }) { changed }", "VALIDATION", "input.targetKeys.0", "must end at" },
        { "unrelate(input: { fromKey: \"ngo\", toKey: \"ngo2\", type: FUNDED_BY }) { changed }", "NOT_FOUND", "input", "no relationship" },
        { "deleteEntity(key: \"ghost\") { changed }", "NOT_FOUND", "key", "ghost" },
        { "importGraph(input: { organisations: [{ key: \"dup\", name: \"A\", kind: NGO }, { key: \"dup\", name: \"B\", kind: NGO }] }) { changed }", "VALIDATION", "input.organisations.1.key", "appears twice" },
        { "importGraph(input: { organisations: [{ key: \"new-a\", name: \"A\", kind: NGO }], relationships: [{ fromKey: \"new-a\", toKey: \"ngo\", type: PARTNERS_WITH }, { fromKey: \"new-a\", toKey: \"nope\", type: PARTNERS_WITH }] }) { changed }", "NOT_FOUND", "input.relationships.1.toKey", "nope" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task Broken_Rule_Should_Fail_With_Its_Code_And_Field_And_Write_Nothing(string mutation, string code, string field, string messagePart)
    {
        var before = await FingerprintAsync();

        var json = await _app.GraphQLAsync($"mutation {{ {mutation} }}");

        var error = json["errors"]![0]!;
        Assert.Equal(code, (string?)error["extensions"]!["code"]);
        Assert.Equal(field, (string?)error["extensions"]!["field"]);
        Assert.Contains(messagePart, (string?)error["message"], StringComparison.OrdinalIgnoreCase);
        Assert.Null(json["data"]);
        Assert.Equal(before, await FingerprintAsync());
    }

    /// <summary>Everything a failed write could have touched, as text: if it is unchanged, nothing was written.</summary>
    private async Task<string> FingerprintAsync()
    {
        var json = await _app.GraphQLAsync("""
            {
              jurisdictions(first: 100) { totalCount nodes { key name code } }
              organisations(first: 100) { totalCount nodes { key name kind website relationships(first: 100) { nodes { id strength } } } }
              threats(first: 100) { totalCount nodes { key title occurredOn targets { key } } }
            }
            """);
        return json.ToJsonString();
    }

    public sealed class Seeded : IAsyncLifetime
    {
        public RareGraphApp Instance { get; } = new(demoData: false);

        public async Task InitializeAsync()
        {
            var json = await Instance.GraphQLAsync("""
                mutation {
                  importGraph(input: {
                    jurisdictions: [{ key: "hu", name: "Hungary", code: "HU" }]
                    organisations: [
                      { key: "ngo", name: "An NGO", kind: NGO, basedInKey: "hu" }
                      { key: "ngo2", name: "Another NGO", kind: NGO }
                      { key: "gov", name: "A government", kind: GOVERNMENT }
                    ]
                    threats: [
                      { key: "law-early", title: "Early law", category: LEGISLATION, occurredOn: "2012-07-20", jurisdictionKey: "hu" }
                      { key: "law-late", title: "Late law", category: LEGISLATION, occurredOn: "2023-12-12", jurisdictionKey: "hu" }
                    ]
                    relationships: [
                      { fromKey: "gov", toKey: "hu", type: GOVERNS }
                      { fromKey: "ngo", toKey: "ngo2", type: PARTNERS_WITH, strength: 0.5 }
                    ]
                  }) { changed }
                }
                """);
            Assert.True((bool?)json["data"]?["importGraph"]?["changed"], json.ToJsonString());
        }

        public Task DisposeAsync()
        {
            Instance.Dispose();
            return Task.CompletedTask;
        }
    }
}
