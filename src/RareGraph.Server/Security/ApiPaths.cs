namespace RareGraph.Server.Security;

/// <summary>The paths of the API proper (GraphQL and the interchange files): rate-limited, credential-checked, never cached.</summary>
internal static class ApiPaths
{
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/export", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/import", StringComparison.OrdinalIgnoreCase);
}
