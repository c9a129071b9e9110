using GraphQLParser.AST;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// The least role that may run each root field. Deciding on root fields before execution means a denied request runs
/// no resolver at all: no data, no store call, no write. The README's roles table mirrors this class.
/// </summary>
internal static class RootFieldPolicy
{
    /// <summary>Marks the introspection root fields, whose rule is <see cref="AccessOptions.AllowAnonymousIntrospection"/>.</summary>
    public const string Introspection = "INTROSPECTION";

    private static readonly Dictionary<string, string> Query = new(StringComparer.Ordinal)
    {
        ["node"] = RareGraphRoles.Public,
        ["nodes"] = RareGraphRoles.Public,
        ["entity"] = RareGraphRoles.Public,
        ["jurisdictions"] = RareGraphRoles.Public,
        ["organisations"] = RareGraphRoles.Public,
        ["defenders"] = RareGraphRoles.Public,
        ["threats"] = RareGraphRoles.Public,
        ["relationships"] = RareGraphRoles.Public,
        ["threatCounts"] = RareGraphRoles.Public,
        ["programmes"] = RareGraphRoles.Public,
        ["camps"] = RareGraphRoles.Public,
        ["campaigns"] = RareGraphRoles.Public,
        ["actionItems"] = RareGraphRoles.Public,
        ["relationshipCounts"] = RareGraphRoles.Public,
        ["impact"] = RareGraphRoles.Analyst,
        ["paths"] = RareGraphRoles.Analyst,
        ["exposure"] = RareGraphRoles.Analyst,
        ["diffusion"] = RareGraphRoles.Analyst,
        ["alliance"] = RareGraphRoles.Analyst,
        ["coverage"] = RareGraphRoles.Analyst,
        ["networkGrowth"] = RareGraphRoles.Analyst,
        ["campEncounters"] = RareGraphRoles.Editor,
        ["actionPlan"] = RareGraphRoles.Public,
        ["spilloverModel"] = RareGraphRoles.Public,
        ["auditTrail"] = RareGraphRoles.Admin,
        ["apiKeys"] = RareGraphRoles.Admin,
        ["__typename"] = RareGraphRoles.Public,
        ["__schema"] = Introspection,
        ["__type"] = Introspection,
    };

    /// <summary>Change feeds carry what queries could read anyway; exposure alerts and coverage gaps are analysis results.</summary>
    private static readonly Dictionary<string, string> Subscription = new(StringComparer.Ordinal)
    {
        ["threatRecorded"] = RareGraphRoles.Public,
        ["relationshipChanged"] = RareGraphRoles.Public,
        ["exposureAlert"] = RareGraphRoles.Analyst,
        ["coverageGap"] = RareGraphRoles.Analyst,
        ["__typename"] = RareGraphRoles.Public,
    };

    /// <summary>Key management is the only mutation family above EDITOR.</summary>
    private static readonly HashSet<string> AdminMutations = new(StringComparer.Ordinal) { "createApiKey", "revokeApiKey" };

    /// <summary>
    /// The least role for <paramref name="field"/>; unknown fields need ADMIN so that a new field is closed until
    /// someone decides who may use it (validation then reports the truly unknown ones to ADMIN callers).
    /// </summary>
    public static string For(OperationType operation, string field) => operation switch
    {
        OperationType.Mutation => AdminMutations.Contains(field) ? RareGraphRoles.Admin : RareGraphRoles.Editor,
        OperationType.Subscription => Subscription.TryGetValue(field, out var role) ? role : RareGraphRoles.Admin,
        _ => Query.TryGetValue(field, out var role) ? role : RareGraphRoles.Admin,
    };
}
