using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RareGraph.Domain.Errors;

namespace RareGraph.Server.Security;

/// <summary>
/// Signs in a caller presenting an API key as <c>X-Api-Key: rg_…</c> or <c>Authorization: Bearer rg_…</c>. The key
/// becomes a principal named <c>key:&lt;id&gt;</c> holding the key's role; the secret itself is never kept or logged.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options,
    HandlerLoggerFactory logger,
    UrlEncoder encoder,
    IssuedKeyStore issued)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The scheme's name, and the authentication type of the principals it signs in.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>Set in <see cref="HttpContext.Items"/> when issued keys could not be looked up (the store is down).</summary>
    public const string KeyStoreUnavailable = "RareGraph.KeyStoreUnavailable";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        // The presented key's digest is looked up among the configured keys' digests (ConfiguredApiKeys), then compared
        // in constant time; issued keys are looked up only when it is not one of them. A configured key signs in as its
        // one shared principal, the same one ConfiguredKeySignIn gives before this handler is ever made.
        if (Options.Keys.Find(presented) is { } configured)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(configured.Principal, Scheme.Name));
        }

        string? id;
        string? role;
        try
        {
            // Issued keys are looked up in the store on every request, so a revocation on any replica holds at once.
            (id, role) = await issued.FindAsync(presented, Context.RequestAborted) ?? default;
        }
        catch (RareGraphException fault) when (string.Equals(fault.Code, ErrorCodes.Unavailable, StringComparison.Ordinal))
        {
            // Not "unrecognised": the key may be fine, and the credential gate answers 503 rather than 401.
            Context.Items[KeyStoreUnavailable] = true;
            return AuthenticateResult.Fail("Issued API keys cannot be checked right now.");
        }

        if (id is null)
        {
            return AuthenticateResult.Fail("The API key is not recognised.");
        }

        var identity = ApiKeyPrincipal.Identity(id, "key:" + id, role!);

        // So an open socket can look the key up again (CredentialLifetime); the hash, never the secret.
        identity.AddClaim(new Claim(CredentialLifetime.IssuedKeyHashClaim, ApiKeySecrets.Hash(presented)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>The key from <c>X-Api-Key</c>, else a bearer credential that is not a JWT (which has two dots).</summary>
    public static string? Presented(HttpRequest request)
    {
        var header = request.Headers[HeaderName];
        if (header.Count > 0)
        {
            return header[0];
        }

        var bearer = BearerCredential(request);
        return bearer is not null && !LooksLikeJwt(bearer) ? bearer : null;
    }

    public static string? BearerCredential(HttpRequest request)
    {
        var authorization = request.Headers.Authorization;
        if (authorization.Count == 0 || authorization[0] is not { } value)
        {
            return null;
        }

        return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value[7..].Trim() : null;
    }

    public static bool LooksLikeJwt(string credential) => credential.Count(c => c == '.') == 2;
}
