using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using RareGraph.GraphQL.Security;
using RareGraph.Server.Security;

namespace RareGraph.EndToEnd.Tests.Security;

/// <summary>
/// Security settings for every server this test assembly starts, given as environment variables (which the host reads
/// like any deployment would) so the shared fixture needs no change: anonymous reading and introspection for the
/// explorer and the GraphQL-over-HTTP audit, one ADMIN key for tests that write, and a rate limit the fuzz run cannot meet.
/// </summary>
internal static class SecurityDefaults
{
    /// <summary>The ADMIN key of the servers started by this assembly.</summary>
    public const string AdminKey = ApiKeySecrets.Prefix + "e2e-admin-not-a-real-secret-0123456789abcdef";

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: configures the servers it starts before any test runs.")]
    internal static void Apply()
    {
        Set("RareGraph__Security__AllowAnonymousRead", "true");
        Set("RareGraph__Security__AllowAnonymousIntrospection", "true");
        Set("RareGraph__Security__ApiKeys__0__Id", "e2e-admin");
        Set("RareGraph__Security__ApiKeys__0__Hash", ApiKeySecrets.Hash(AdminKey));
        Set("RareGraph__Security__ApiKeys__0__Role", RareGraphRoles.Admin);
        Set("RareGraph__Security__RateLimit__PermitsPerMinute", "1000000");
        Set("RareGraph__Security__RateLimit__AnonymousPermitsPerMinute", "1000000");
    }

    private static void Set(string name, string value)
    {
        // A value given from outside (a CI job exploring another set-up) wins.
        if (Environment.GetEnvironmentVariable(name) is null)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
