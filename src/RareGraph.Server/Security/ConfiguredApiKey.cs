using System.Security.Claims;

namespace RareGraph.Server.Security;

/// <summary>
/// A configured API key as authentication needs it: its id, role, the principal made from them once, and the digest of
/// its secret (never the secret).
/// </summary>
internal sealed class ConfiguredApiKey(string id, string role, byte[] digest)
{
    private ClaimsPrincipal? _principal;

    public string Id { get; } = id;

    public string Role { get; } = role;

    /// <summary>The principal's name, <c>key:&lt;id&gt;</c>.</summary>
    public string PrincipalName { get; } = "key:" + id;

    /// <summary>
    /// The principal every request presenting this key signs in as, made on first use and shared: a configured key's id
    /// and role never change while the server runs, and its claims cannot be changed (<see cref="FrozenClaimsIdentity"/>).
    /// </summary>
    public ClaimsPrincipal Principal => _principal ??= ApiKeyPrincipal.Shared(Id, PrincipalName, Role);

    public ReadOnlySpan<byte> Digest => digest;
}
