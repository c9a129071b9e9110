using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>Wires authentication (API keys, JWT), anonymous access, rate limits, CORS and response headers.</summary>
public static class SecurityRegistration
{
    private const string CallerScheme = "RareGraph";
    private const string ApiKeyScheme = "ApiKey";
    private const string CorsPolicy = "RareGraphOrigins";

    public static WebApplicationBuilder AddRareGraphSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = SecurityStartup.Read(builder.Configuration, builder.Environment, Console.Out);
        var services = builder.Services;
        services.AddSingleton(options);
        if (CursorSeal.FromBase64(options.CursorKey) is { } seal)
        {
            services.Replace(ServiceDescriptor.Singleton(seal));
        }
        services.Replace(ServiceDescriptor.Singleton(new AccessOptions
        {
            AllowAnonymousRead = options.AllowAnonymousRead,
            AllowAnonymousIntrospection = options.AllowAnonymousIntrospection,
        }));

        var authentication = services.AddAuthentication(CallerScheme);
        authentication.AddPolicyScheme(CallerScheme, "API key or bearer token", policy =>
            policy.ForwardDefaultSelector = http =>
                options.Jwt.IsConfigured
                && ApiKeyAuthenticationHandler.BearerCredential(http.Request) is { } bearer
                && ApiKeyAuthenticationHandler.LooksLikeJwt(bearer)
                && !http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyScheme);
        authentication.AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyScheme, scheme => scheme.Keys = options.ApiKeys.AsReadOnly());
        if (options.Jwt.IsConfigured)
        {
            authentication.AddJwtBearer(jwt =>
            {
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
            });
        }

        // Issued keys are kept by the configured store (StoreRegistration); this is the policy over them.
        services.AddSingleton<IssuedKeyStore>();
        services.AddSingleton<IApiKeyManager>(sp => sp.GetRequiredService<IssuedKeyStore>());
        services.AddApiRateLimiting(options.RateLimit);
        if (options.CorsOrigins.Count > 0)
        {
            services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. options.CorsOrigins])
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticationHandler.HeaderName)));
        }

        return builder;
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

        app.UseAuthentication();
        app.UseCredentialGate();
        app.UseRateLimiter();
        return app;
    }
}
