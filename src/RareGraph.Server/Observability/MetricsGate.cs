using Microsoft.Extensions.Options;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Observability;

/// <summary>
/// Restricts <c>/metrics</c> to callers of <see cref="MetricsOptions.RequireRole"/> or above, with the same API keys and
/// tokens as the GraphQL endpoint: 401 without a credential, 403 with too small a role.
/// </summary>
internal static class MetricsGate
{
    public const string Path = "/metrics";

    public static IServiceCollection AddRareGraphMetricsGate(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>()
            .BindConfiguration(MetricsOptions.SectionName)
            .Validate(
                o => o.RequireRole is null || RareGraphRoles.IsAssignable(o.RequireRole),
                $"RareGraph:Metrics:RequireRole must be one of {string.Join(", ", RareGraphRoles.Assignable)}.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Call after authentication, before the scraping endpoint.</summary>
    public static IApplicationBuilder UseRareGraphMetricsGate(this IApplicationBuilder app) =>
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(async (http, next) =>
            {
                var role = http.RequestServices.GetRequiredService<IOptions<MetricsOptions>>().Value.RequireRole;
                if (role is null || RareGraphRoles.HasAtLeast(http.User, role))
                {
                    await next(http);
                    return;
                }

                if (RareGraphRoles.IsSignedIn(http.User))
                {
                    http.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }

                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }));
}
