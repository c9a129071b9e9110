namespace RareGraph.GraphQL.Tests.Schema;

/// <summary>When the contract test may rewrite schema/raregraph.graphql instead of comparing with it.</summary>
internal static class ApprovedSchema
{
    /// <summary>
    /// On request (<c>RAREGRAPH_UPDATE_SCHEMA=1</c>) and never under <c>CI=true</c>: there the file is the contract to
    /// check, and a run that rewrote it first could never fail.
    /// </summary>
    public static bool MayRewrite(Func<string, string?> environment) =>
        environment("RAREGRAPH_UPDATE_SCHEMA") == "1" && !string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
