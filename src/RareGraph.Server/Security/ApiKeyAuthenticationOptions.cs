using Microsoft.AspNetCore.Authentication;

namespace RareGraph.Server.Security;

internal sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    public IReadOnlyList<SecurityOptions.ApiKeyOptions> Keys { get; set; } = [];
}
