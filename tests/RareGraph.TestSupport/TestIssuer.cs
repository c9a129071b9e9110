using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RareGraph.TestSupport;

/// <summary>
/// An OpenID Connect issuer for tests: signs tokens with a fixed symmetric key, and makes a server trust that key
/// directly, so no discovery document is fetched. Configure the server with <see cref="Settings"/>.
/// </summary>
public static class TestIssuer
{
    public const string Issuer = "https://issuer.example";
    public const string Audience = "raregraph";

    private static readonly SymmetricSecurityKey SigningKey = new(Encoding.UTF8.GetBytes("test-only-signing-key-0123456789abcdef-0123456789"));

    /// <summary>The configuration naming this issuer, plus <paramref name="extra"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(IEnumerable<KeyValuePair<string, string?>>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RareGraph:Security:Jwt:Authority"] = Issuer,
            ["RareGraph:Security:Jwt:Audience"] = Audience,
        };
        foreach (var (name, value) in extra ?? [])
        {
            settings[name] = value;
        }

        return settings;
    }

    /// <summary><paramref name="app"/>, trusting this issuer's signing key.</summary>
    public static WebApplicationFactory<Program> Trusting(WebApplicationFactory<Program> app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.Configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
                jwt.TokenValidationParameters.ValidIssuer = Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = SigningKey;
                // Expiry is exact in tests: a token that has expired is expired, not "within five minutes of it".
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.Zero;
            })));
    }

    /// <summary>A signed token for <paramref name="subject"/> holding <paramref name="roles"/> (none: no roles claim at all).</summary>
    public static string Token(string subject, IEnumerable<string> roles, string issuer = Issuer, DateTime? expires = null)
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(role => new Claim("roles", role)));
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(5);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = expiry.AddMinutes(-10),
            IssuedAt = expiry.AddMinutes(-10),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public static string Token(string subject, string role, string issuer = Issuer) => Token(subject, [role], issuer);
}
