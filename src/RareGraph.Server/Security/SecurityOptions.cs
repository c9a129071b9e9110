using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>The <c>RareGraph:Security</c> section: who may sign in, what anonymous callers may do, transport limits.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "RareGraph:Security";

    /// <inheritdoc cref="AccessOptions.AllowAnonymousRead"/>
    public bool AllowAnonymousRead { get; set; }

    /// <inheritdoc cref="AccessOptions.AllowAnonymousIntrospection"/>
    public bool AllowAnonymousIntrospection { get; set; }

    /// <summary>API keys, each stored as the SHA-256 of its secret (see <see cref="ApiKeySecrets.Hash"/>), never the secret.</summary>
    public IList<ApiKeyOptions> ApiKeys { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();

    /// <summary>Browser origins allowed to call the API (e.g. <c>https://alliance.example</c>); none by default.</summary>
    public IList<string> CorsOrigins { get; set; } = [];

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// The secret that seals paging cursors (32 random bytes, base64; e.g. <c>openssl rand -base64 32</c>), the same on
    /// every replica so a cursor from one continues on another. Required outside Development, where each process
    /// otherwise makes its own (cursors then end with the process). A secret: give it like a password, never in a file
    /// that is committed.
    /// </summary>
    public string? CursorKey { get; set; }

    /// <summary>
    /// Retired: the audit trail now lives in the graph store. Bound only so that a server still configured with it
    /// refuses to start rather than write the trail somewhere the operator does not expect.
    /// </summary>
    public string? AuditDatabase { get; set; }

    public sealed class ApiKeyOptions
    {
        /// <summary>Names the key in the audit trail and in rate limiting; not secret.</summary>
        public string Id { get; set; } = "";

        /// <summary><c>sha256:</c> followed by 64 hex digits.</summary>
        public string Hash { get; set; } = "";

        /// <summary>VIEWER, ANALYST, EDITOR or ADMIN.</summary>
        public string Role { get; set; } = RareGraphRoles.Viewer;
    }

    public sealed class JwtOptions
    {
        /// <summary>The OpenID Connect issuer; its discovery document supplies the signing keys. Unset = no bearer tokens.</summary>
        public string? Authority { get; set; }

        public string? Audience { get; set; }

        /// <summary>The claim carrying the role names (VIEWER … ADMIN).</summary>
        public string RoleClaim { get; set; } = "roles";

        /// <summary>
        /// The role of a token that carries none of the API's roles. Unset (the default), such a token signs in but may
        /// do nothing (403 FORBIDDEN): least privilege, unless an operator names a role here on purpose.
        /// </summary>
        public string? DefaultRole { get; set; }

        /// <summary>Only for local issuers without HTTPS metadata (tests, a development identity server).</summary>
        public bool RequireHttpsMetadata { get; set; } = true;

        public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
    }

    public sealed class RateLimitOptions
    {
        /// <summary>Requests per minute for each signed-in key or subject.</summary>
        public int PermitsPerMinute { get; set; } = 600;

        /// <summary>Requests per minute for each anonymous client address.</summary>
        public int AnonymousPermitsPerMinute { get; set; } = 120;
    }
}
