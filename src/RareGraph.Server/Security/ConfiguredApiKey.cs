namespace RareGraph.Server.Security;

/// <summary>
/// A configured API key as authentication needs it: its id, role, the principal name made from the id once, and the
/// digest of its secret (never the secret).
/// </summary>
internal sealed class ConfiguredApiKey(string id, string role, byte[] digest)
{
    public string Id { get; } = id;

    public string Role { get; } = role;

    /// <summary>The principal's name, <c>key:&lt;id&gt;</c>.</summary>
    public string PrincipalName { get; } = "key:" + id;

    public ReadOnlySpan<byte> Digest => digest;
}
