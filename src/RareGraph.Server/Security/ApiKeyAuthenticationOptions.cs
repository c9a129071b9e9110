using Microsoft.AspNetCore.Authentication;

namespace RareGraph.Server.Security;

internal sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The configured keys, by the digest of their secret.</summary>
    public ConfiguredApiKeys Keys { get; set; } = ConfiguredApiKeys.None;
}
