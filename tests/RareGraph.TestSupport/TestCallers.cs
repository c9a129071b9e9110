using RareGraph.GraphQL.Security;
using RareGraph.Server.Security;

namespace RareGraph.TestSupport;

/// <summary>
/// One API key per role, configured (as hashes) into every <see cref="RareGraphApp"/>. Requests carry the ADMIN key
/// unless a test asks for another role or for none.
/// </summary>
public static class TestCallers
{
    private static readonly Dictionary<string, string> Secrets = RareGraphRoles.Assignable.ToDictionary(
        role => role,
        role => $"{ApiKeySecrets.Prefix}test-{role.ToLowerInvariant()}-0123456789abcdefghijklmnopqrstuvwxyz",
        StringComparer.Ordinal);

    public static string AdminKey => KeyOf(RareGraphRoles.Admin);

    /// <summary>The secret for <paramref name="role"/>; null for <see cref="RareGraphRoles.Public"/> (no credentials).</summary>
    public static string? KeyFor(string role) => role == RareGraphRoles.Public ? null : KeyOf(role);

    /// <summary>The cursor key of test servers (Production needs one): fixed, so replicas of a test share it.</summary>
    public const string CursorKey = "dGVzdC1vbmx5LWN1cnNvci1rZXktMDEyMzQ1Njc4OWE=";

    /// <summary>The configuration that declares one key per role, and the cursor key.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings()
    {
        yield return new("RareGraph:Security:CursorKey", CursorKey);
        var index = 0;
        foreach (var role in RareGraphRoles.Assignable)
        {
            yield return new($"RareGraph:Security:ApiKeys:{index}:Id", $"test-{role.ToLowerInvariant()}");
            yield return new($"RareGraph:Security:ApiKeys:{index}:Hash", ApiKeySecrets.Hash(KeyOf(role)));
            yield return new($"RareGraph:Security:ApiKeys:{index}:Role", role);
            index++;
        }
    }

    private static string KeyOf(string role) => Secrets[role];
}
