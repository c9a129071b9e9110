using Newtonsoft.Json.Linq;
using RareGraph.GraphQL.Tests.Mutations;
using RareGraph.TestSupport;
using Snapshooter.Xunit;

namespace RareGraph.GraphQL.Tests.Errors;

/// <summary>
/// A representative set of the messages callers read, reviewed as one snapshot: they use the schema's names
/// (<c>FUNDED_BY</c>, <c>NGO</c>, <c>organisation</c>), never the C# ones, with the right articles.
/// </summary>
public sealed class ErrorMessageSnapshotTests(MutationValidationTests.Seeded seeded) : IClassFixture<MutationValidationTests.Seeded>
{
    private static readonly string[] Requests =
    [
        """mutation { relate(input: { fromKey: "hu", toKey: "ngo", type: AFFILIATED_WITH }) { changed } }""",
        """mutation { relate(input: { fromKey: "hu", toKey: "ngo", type: PARTNERS_WITH }) { changed } }""",
        """mutation { relate(input: { fromKey: "ngo", toKey: "ngo2", type: OCCURRED_IN }) { changed } }""",
        """mutation { relate(input: { fromKey: "ngo", toKey: "hu", type: GOVERNS }) { changed } }""",
        """mutation { relate(input: { fromKey: "law-early", toKey: "law-late", type: MODELLED_ON }) { changed } }""",
        """mutation { upsertOrganisation(input: { key: "hu", name: "Clash", kind: NGO }) { changed } }""",
        """mutation { upsertThreat: recordThreat(input: { key: "ngo", title: "Clash", category: RAID, occurredOn: "2024-01-01" }) { changed } }""",
        """mutation { upsertOrganisation(input: { key: "gov", name: "Now an NGO", kind: NGO }) { changed } }""",
        """mutation { unrelate(input: { fromKey: "ngo", toKey: "ngo2", type: FUNDED_BY }) { changed } }""",
        """mutation { importGraph(input: { organisations: [{ key: "x1", name: "X", kind: NGO }], threats: [{ key: "x1", title: "X", category: RAID, occurredOn: "2024-01-01" }] }) { changed } }""",
        """mutation { importGraph(input: { relationships: [{ fromKey: "ngo", toKey: "ngo2", type: FUNDED_BY }, { fromKey: "ngo", toKey: "ngo2", type: FUNDED_BY }] }) { changed } }""",
        """{ impact(threatKey: "ngo") { at } }""",
        """{ impact(threatKey: "law-late", weights: [{ type: PARTNERS_WITH, weight: 0.5 }, { type: PARTNERS_WITH, weight: 0.2 }]) { at } }""",
        """{ paths(fromKey: "ngo", toKey: "ngo") { score } }""",
        """{ organisations(first: 5000) { totalCount } }""",
        """{ organisations(first: 2, after: "not-a-cursor") { totalCount } }""",
    ];

    [Fact]
    public async Task Messages_Should_Use_The_Schema_Names_With_Correct_Articles()
    {
        var answers = new JArray();
        foreach (var request in Requests)
        {
            var json = await seeded.Instance.GraphQLAsync(request);
            var errors = new JArray();
            foreach (var error in json["errors"]?.AsArray() ?? [])
            {
                errors.Add(new JObject
                {
                    ["code"] = (string?)error!["extensions"]?["code"],
                    ["field"] = (string?)error["extensions"]?["field"],
                    ["message"] = (string?)error["message"],
                });
            }

            answers.Add(new JObject { ["request"] = request, ["errors"] = errors });
        }

        Snapshot.Match(answers);
        var text = answers.ToString();
        Assert.DoesNotContain("-[FundedBy]->", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" a organisation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A AFFILIATED_WITH", text, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Single((JArray)answer["errors"]!));
    }
}
