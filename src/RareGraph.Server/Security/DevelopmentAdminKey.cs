using Microsoft.Extensions.Options;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>
/// Development with no key and no issuer gets a fresh ADMIN key, so the explorer works at once. The key is made and
/// printed once per process, however many times the options are built (the start-time check and the running server
/// each build them).
/// </summary>
internal sealed class DevelopmentAdminKey(IHostEnvironment environment, TextWriter console) : IPostConfigureOptions<SecurityOptions>
{
    private readonly Lazy<SecurityOptions.ApiKeyOptions> _key = new(() => Issue(console));

    public void PostConfigure(string? name, SecurityOptions options)
    {
        if (!string.IsNullOrEmpty(name) || options.ApiKeys.Count > 0 || options.Jwt.IsConfigured || !environment.IsDevelopment())
        {
            return;
        }

        options.ApiKeys.Add(_key.Value);
    }

    private static SecurityOptions.ApiKeyOptions Issue(TextWriter console)
    {
        var secret = ApiKeySecrets.Generate();

        // Written to the console, not the log: it is a secret, and log sinks outlive the terminal.
        console.WriteLine($"RareGraph development ADMIN key (shown once, valid until this process stops): {secret}");
        console.WriteLine($"Send it as '{ApiKeyAuthenticationHandler.HeaderName}: <key>' or 'Authorization: Bearer <key>'.");
        return new SecurityOptions.ApiKeyOptions { Id = SecurityStartup.DevelopmentKeyId, Hash = ApiKeySecrets.Hash(secret), Role = RareGraphRoles.Admin };
    }
}
