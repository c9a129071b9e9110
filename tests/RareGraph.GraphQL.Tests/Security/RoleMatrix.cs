using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>
/// Every query field and mutation of the schema with a small operation using it, and the least role that may run it,
/// written out independently of the server's policy: this is the README's roles table as data.
/// </summary>
public static class RoleMatrix
{
    public const string Threat = "threat:2023-hu-sovereignty-protection-act";

    /// <summary>Roles from least to most privileged; PUBLIC is an anonymous caller on a server that allows anonymous reading.</summary>
    public static readonly string[] Roles = [RareGraphRoles.Public, .. RareGraphRoles.Assignable];

    public static readonly (string Field, string LeastRole, string Operation)[] Operations =
    [
        ("node", RareGraphRoles.Public, """{ node(id: "bm8tc3VjaA") { id } }"""),
        ("nodes", RareGraphRoles.Public, """{ nodes(ids: []) { id } }"""),
        ("entity", RareGraphRoles.Public, """{ entity(key: "HU") { key name } }"""),
        ("jurisdictions", RareGraphRoles.Public, "{ jurisdictions(first: 1) { totalCount } }"),
        ("organisations", RareGraphRoles.Public, "{ organisations(first: 1) { totalCount } }"),
        ("defenders", RareGraphRoles.Public, "{ defenders(first: 1) { totalCount nodes { displayName } } }"),
        ("threats", RareGraphRoles.Public, "{ threats(first: 1) { totalCount } }"),
        ("relationships", RareGraphRoles.Public, "{ relationships(first: 1) { totalCount } }"),
        ("threatCounts", RareGraphRoles.Public, "{ threatCounts(by: [YEAR]) { keys count } }"),
        ("relationshipCounts", RareGraphRoles.Public, "{ relationshipCounts { keys count } }"),
        ("spilloverModel", RareGraphRoles.Public, "{ spilloverModel { rules { type flow weight } defaults { maxHops minScore } } }"),
        ("__schema", RareGraphRoles.Public, "{ __schema { queryType { name } } }"),
        ("impact", RareGraphRoles.Analyst, $$"""{ impact(threatKey: "{{Threat}}") { at } }"""),
        ("paths", RareGraphRoles.Analyst, """{ paths(fromKey: "HU", toKey: "PL") { hops } }"""),
        ("exposure", RareGraphRoles.Analyst, """{ exposure(organisationKey: "org:no-such") { totalCount } }"""),
        ("diffusion", RareGraphRoles.Analyst, $$"""{ diffusion(threatKey: "{{Threat}}") { threat { key } } }"""),
        ("alliance", RareGraphRoles.Analyst, "{ alliance { modularity } }"),
        ("programmes", RareGraphRoles.Public, "{ programmes(first: 1) { totalCount nodes { title } } }"),
        ("camps", RareGraphRoles.Public, "{ camps(first: 1) { totalCount nodes { city } } }"),
        ("campaigns", RareGraphRoles.Public, "{ campaigns(first: 1) { totalCount nodes { status } } }"),
        ("actionItems", RareGraphRoles.Public, "{ actionItems(first: 1) { totalCount nodes { dueOn } } }"),
        ("actionPlan", RareGraphRoles.Public, "{ actionPlan { total overdueCount } }"),
        ("coverage", RareGraphRoles.Analyst, $$"""{ coverage(threatKey: "{{Threat}}", first: 1) { totalCount nodes { uncovered } } }"""),
        ("networkGrowth", RareGraphRoles.Analyst, """{ networkGrowth(programmeKey: "programme:rare") { members baseline } }"""),
        ("campEncounters", RareGraphRoles.Editor, """{ campEncounters(key: "defender:fictional-01", first: 1) { totalCount } }"""),
        ("auditTrail", RareGraphRoles.Admin, "{ auditTrail(first: 1) { totalCount } }"),
        ("apiKeys", RareGraphRoles.Admin, "{ apiKeys { id role source } }"),
        ("createApiKey", RareGraphRoles.Admin, """mutation { createApiKey(id: "matrix", role: VIEWER) { id } }"""),
        ("revokeApiKey", RareGraphRoles.Admin, """mutation { revokeApiKey(id: "no-such-key") }"""),
        ("upsertJurisdiction", RareGraphRoles.Editor, """mutation { upsertJurisdiction(input: { key: "country:zz-matrix", name: "Matrixland", code: "ZZ" }) { changed } }"""),
        ("upsertOrganisation", RareGraphRoles.Editor, """mutation { upsertOrganisation(input: { key: "org:matrix", name: "Matrix NGO", kind: NGO }) { changed } }"""),
        ("upsertDefender", RareGraphRoles.Editor, """mutation { upsertDefender(input: { key: "defender:matrix", displayName: "Matrix (fictional)" }) { changed } }"""),
        ("recordThreat", RareGraphRoles.Editor, """mutation { recordThreat(input: { key: "threat:matrix", title: "Matrix", category: LEGISLATION, occurredOn: "2024-01-01" }) { changed } }"""),
        ("relate", RareGraphRoles.Editor, """mutation { relate(input: { fromKey: "org:no-such", toKey: "HU", type: BASED_IN }) { changed } }"""),
        ("unrelate", RareGraphRoles.Editor, """mutation { unrelate(input: { fromKey: "org:no-such", toKey: "HU", type: BASED_IN }) { changed } }"""),
        ("deleteEntity", RareGraphRoles.Editor, """mutation { deleteEntity(key: "org:no-such") { changed } }"""),
        ("importGraph", RareGraphRoles.Editor, """mutation { importGraph(input: { jurisdictions: [] }) { changed } }"""),
    ];

    public static bool Allows(string role, string leastRole) => Array.IndexOf(Roles, role) >= Array.IndexOf(Roles, leastRole);
}
