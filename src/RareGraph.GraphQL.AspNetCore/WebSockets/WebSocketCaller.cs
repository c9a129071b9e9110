using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RareGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides who a socket acts for. Browsers cannot set headers on a WebSocket upgrade, so besides the upgrade request's
/// own credentials (already authenticated by the host's middleware), the <c>connection_init</c> payload may carry them
/// as <c>{"x-api-key": "…"}</c> or <c>{"authorization": "Bearer …"}</c>; they are checked by the host's default
/// authentication scheme, the same one HTTP requests pass.
/// </summary>
internal sealed class WebSocketCaller
{
    private static readonly string[] CredentialNames = ["x-api-key", "authorization"];

    /// <summary>The caller, or null when the payload presented credentials that did not authenticate (close 4403).</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, JsonElement? payload)
    {
        var presented = Credentials(payload);
        if (presented.Count == 0)
        {
            return http.User;
        }

        // A fresh context in a fresh scope: the upgrade request was already authenticated (anonymously), and
        // authentication handlers cache their result per request scope.
        using var scope = http.RequestServices.CreateScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Connection.RemoteIpAddress = http.Connection.RemoteIpAddress;
        foreach (var (name, value) in presented)
        {
            probe.Request.Headers[name] = value;
        }

        try
        {
            var result = await probe.AuthenticateAsync();
            // Credentials without any of the API's roles may do nothing here either: refused like bad ones (4403).
            return result.Succeeded && !Security.RareGraphRoles.IsSignedInWithoutRole(result.Principal) ? result.Principal : null;
        }
        catch (InvalidOperationException)
        {
            // The host has no authentication at all: presented credentials cannot be honoured.
            return null;
        }
    }

    private static List<(string Name, string Value)> Credentials(JsonElement? payload)
    {
        var found = new List<(string, string)>();
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return found;
        }

        foreach (var property in body.EnumerateObject())
        {
            var name = Array.Find(CredentialNames, n => string.Equals(n, property.Name, StringComparison.OrdinalIgnoreCase));
            if (name is not null && property.Value.ValueKind == JsonValueKind.String)
            {
                found.Add((name, property.Value.GetString()!));
            }
        }

        return found;
    }
}
