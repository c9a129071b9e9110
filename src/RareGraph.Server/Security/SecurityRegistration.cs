using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RareGraph.GraphQL.AspNetCore.Security;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>Wires authentication (API keys, JWT), anonymous access, rate limits, CORS and response headers.</summary>
public static class SecurityRegistration
{
    private const string CallerScheme = "RareGraph";
    private const string ApiKeyScheme = ApiKeyAuthenticationHandler.SchemeName;
    private const string CorsPolicy = "RareGraphOrigins";

    public static WebApplicationBuilder AddRareGraphSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRareGraphSecurityOptions(Console.Out);

        // Everything below reads the bound options when it is first used, after the host's start-time check.
        services.Replace(ServiceDescriptor.Singleton(sp => CursorSeal.FromBase64(sp.GetRequiredService<SecurityOptions>().CursorKey) ?? CursorSeal.Ephemeral()));
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var options = sp.GetRequiredService<SecurityOptions>();
            return new AccessOptions { AllowAnonymousRead = options.AllowAnonymousRead, AllowAnonymousIntrospection = options.AllowAnonymousIntrospection };
        }));

        var authentication = services.AddAuthentication(CallerScheme);

        // Without an issuer there is nothing to choose between: API keys are the default scheme themselves, so a request
        // is not first handed to the policy scheme that forwards it there.
        services.AddOptions<AuthenticationOptions>().Configure<SecurityOptions>((scheme, options) =>
        {
            if (!options.Jwt.IsConfigured)
            {
                scheme.DefaultScheme = ApiKeyScheme;
            }
        });
        authentication.AddPolicyScheme(CallerScheme, "API key or bearer token", policy =>
            policy.ForwardDefaultSelector = http =>
                http.RequestServices.GetRequiredService<SecurityOptions>().Jwt.IsConfigured
                && ApiKeyAuthenticationHandler.BearerCredential(http.Request) is { } bearer
                && ApiKeyAuthenticationHandler.LooksLikeJwt(bearer)
                && !http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyScheme);
        authentication.AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyScheme, _ => { });
        services.TryAddSingleton<HandlerLoggerFactory>();
        services.AddOptions<ApiKeyAuthenticationOptions>(ApiKeyScheme)
            .Configure<SecurityOptions>((scheme, options) => scheme.Keys = new ConfiguredApiKeys(options.ApiKeys));

        // Registered always, used only when an issuer is configured: the selector above never forwards to it otherwise.
        authentication.AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SecurityOptions>(ConfigureJwt);

        AddIssuedKeysAndConnectionPolicy(services);
        services.AddApiRateLimiting();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<SecurityOptions>((cors, options) =>
        {
            if (options.CorsOrigins.Count > 0)
            {
                cors.AddPolicy(CorsPolicy, policy => policy
                    .WithOrigins([.. options.CorsOrigins])
                    .WithMethods("GET", "POST")
                    .WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticationHandler.HeaderName));
            }
        });

        return builder;
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, SecurityOptions options)
    {
        if (!options.Jwt.IsConfigured)
        {
            return;
        }

        jwt.Authority = options.Jwt.Authority;
        jwt.Audience = options.Jwt.Audience;
        jwt.RequireHttpsMetadata = options.Jwt.RequireHttpsMetadata;
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.NameClaimType = "sub";
        jwt.TokenValidationParameters.RoleClaimType = options.Jwt.RoleClaim;
        jwt.TokenValidationParameters.ValidateAudience = !string.IsNullOrWhiteSpace(options.Jwt.Audience);
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                TokenRoles.ApplyDefault(context.Principal, options.Jwt.DefaultRole);
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>
    /// Issued keys (kept by the configured store, StoreRegistration; this is the policy over them), and what open sockets
    /// and streams obey: credentials that lapse (revocation, expiry) and the callers' rate limit.
    /// </summary>
    private static void AddIssuedKeysAndConnectionPolicy(IServiceCollection services)
    {
        services.AddSingleton<KeyRevocations>();
        services.AddSingleton<IssuedKeyStore>();
        services.AddSingleton<IApiKeyManager>(sp => sp.GetRequiredService<IssuedKeyStore>());
        services.Replace(ServiceDescriptor.Singleton<ICredentialLifetime, CredentialLifetime>());
        services.Replace(ServiceDescriptor.Singleton<IOperationRateLimit, OperationRateLimit>());
    }

    /// <summary>Goes before the pages and the API endpoint: headers, CORS, who the caller is, then their rate limit.</summary>
    public static WebApplication UseRareGraphSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseApiResponseHeaders();
        if (app.Services.GetRequiredService<SecurityOptions>().CorsOrigins.Count > 0)
        {
            app.UseCors(CorsPolicy);
        }

        app.UseRareGraphAuthentication();
        app.UseCredentialGate();
        app.UseApiRateLimit();
        return app;
    }
}
