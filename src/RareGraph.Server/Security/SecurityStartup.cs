using Microsoft.Extensions.Options;
using RareGraph.Server.Configuration;

namespace RareGraph.Server.Security;

/// <summary>
/// The <c>RareGraph:Security</c> section as the host binds and checks it (<see cref="SecurityOptionsValidation"/>,
/// <see cref="DevelopmentAdminKey"/>): bound options, checked when the host starts, read by nobody before then.
/// </summary>
internal static class SecurityStartup
{
    public const string DevelopmentKeyId = "development-admin";

    /// <summary>Binds the section, checks it at start and gives Development without keys an admin key printed to <paramref name="console"/>.</summary>
    public static IServiceCollection AddRareGraphSecurityOptions(this IServiceCollection services, TextWriter console)
    {
        services.AddOptions<SecurityOptions>()
            .BindConfiguration(SecurityOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidation>();
        services.AddSingleton<IPostConfigureOptions<SecurityOptions>>(sp => new DevelopmentAdminKey(sp.GetRequiredService<IHostEnvironment>(), console));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SecurityOptions>>().Value);
        return services;
    }

    /// <summary>
    /// The options exactly as a starting host gets them (the same binding, Development key and start-time checks, a
    /// refusal as an <see cref="InvalidSettingException"/>), for callers that have a configuration but no host.
    /// </summary>
    public static SecurityOptions Read(IConfiguration configuration, IHostEnvironment environment, TextWriter console)
    {
        using var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton(environment)
            .AddRareGraphSecurityOptions(console)
            .BuildServiceProvider();
        StartupSettings.Validate(services);
        return services.GetRequiredService<SecurityOptions>();
    }
}
