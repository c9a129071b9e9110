using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.AllianceWork;

/// <summary>An empty server into which an editor writes a small programme through the API's own mutations.</summary>
public sealed class AllianceWorkFixture : IAsyncLifetime
{
    public RareGraphApp App { get; } = new(demoData: false);

    public async Task InitializeAsync()
    {
        foreach (var mutation in Writes)
        {
            var json = await App.GraphQLAsAsync(TestCallers.KeyFor("EDITOR"), mutation);
            if (json["errors"] is JsonArray { Count: > 0 } errors)
            {
                throw new InvalidOperationException($"Fixture write failed: {errors.ToJsonString()}");
            }
        }
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    private static readonly string[] Writes =
    [
        """mutation { upsertJurisdiction(input: { key: "HU", name: "Hungary", code: "HU", kind: COUNTRY }) { graphVersion } }""",
        """mutation { upsertOrganisation(input: { key: "org:nhc", name: "Organiser", kind: NGO }) { graphVersion } }""",
        """mutation { upsertOrganisation(input: { key: "gov:hu", name: "Government", kind: GOVERNMENT, basedInKey: "HU" }) { graphVersion } }""",
        """mutation { upsertDefender(input: { key: "def:kestrel", displayName: "Kestrel", legalName: "Secret Name" }) { graphVersion } }""",
        """mutation { upsertDefender(input: { key: "def:heron", displayName: "Heron" }) { graphVersion } }""",
        """mutation { recordThreat(input: { key: "threat:act", title: "An act", category: LEGISLATION, occurredOn: "2023-12-12", jurisdictionKey: "HU" }) { graphVersion } }""",
        """mutation { upsertProgramme(input: { key: "programme:rare", title: "RARE", startsOn: "2024-01-01", endsOn: "2025-12-31", organiserKeys: ["org:nhc"] }) { graphVersion } }""",
        """mutation { upsertCamp(input: { key: "camp:1", title: "Camp 1", startsOn: "2024-03-04", endsOn: "2024-03-08", programmeKey: "programme:rare", heldInKey: "HU", source: "illustrative", confidence: 0.4 }) { graphVersion } }""",
        """mutation { upsertCampaign(input: { key: "campaign:repeal", title: "Repeal", status: ACTIVE, programmeKey: "programme:rare", runByKeys: ["org:nhc"], advocatesToKeys: ["gov:hu"], respondsToKeys: ["threat:act"] }) { graphVersion } }""",
        """mutation { upsertActionItem(input: { key: "action:brief", title: "Brief", dueOn: "2024-06-01", status: IN_PROGRESS, partOfKey: "campaign:repeal", ownerKeys: ["org:nhc"] }) { graphVersion } }""",
        """mutation { relate(input: { fromKey: "def:kestrel", toKey: "camp:1", type: PARTICIPATES_IN, role: PARTICIPANT }) { graphVersion } }""",
        """mutation { relate(input: { fromKey: "def:heron", toKey: "camp:1", type: PARTICIPATES_IN, role: TRAINER }) { graphVersion } }""",
    ];
}
