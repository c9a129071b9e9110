using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RareGraph.GraphQL;
using RareGraph.GraphQL.AspNetCore;
using RareGraph.Server.Commands;
using RareGraph.Server.Configuration;
using RareGraph.Server.Hosting;
using RareGraph.Server.Observability;
using RareGraph.Server.Pages;
using RareGraph.Server.Security;

try
{
    if (args is [ImportCommand.Name, .. var importArgs])
    {
        return await ImportCommand.RunAsync(importArgs);
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddOptions<RareGraphOptions>().BindConfiguration(RareGraphOptions.SectionName).ValidateOnStart();
    builder.Services.AddConfiguredStore(builder.Configuration[RareGraphOptions.StoreKey], builder.Environment);
    builder.Services.AddOptions<StoreStartOptions>().BindConfiguration(StoreStartOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
    builder.Services.AddSingleton<StoreStartState>();
    builder.Services.AddConfiguredCache(builder.Configuration);

    builder.Services.AddRareGraphGraphQL();
    builder.Services.AddRareGraphGraphQLTransport();
    builder.AddRareGraphSecurity();
    builder.Services.AddRareGraphTelemetry();
    builder.Services.AddRareGraphMetricsGate();
    builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("store-and-cache", tags: ["ready"]);
    builder.Services.AddHostedService<StoreInitializer>();

    var app = builder.Build();
    StartupSettings.Validate(app.Services);
    app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
    app.UseStoreStartGate();
    app.UseRareGraphSecurity();
    app.UseRareGraphMetricsGate();
    app.UseGraphiQLPage();
    app.UseMapPage();
    app.UseStaticFiles();
    app.MapRareGraphGraphQL("/graphql");
    app.MapRareGraphInterchange();
    app.MapSessionEndpoint();
    app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
    app.MapHealthChecks("/health/ready", new HealthCheckOptions
    {
        Predicate = check => check.Tags.Contains("ready"),
        ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK },
    });
    app.MapPrometheusScrapingEndpoint(MetricsGate.Path);
    var start = app.Services.GetRequiredService<StoreStartState>();
    try
    {
        app.Run();
    }
    catch (OperationCanceledException) when (start.Failure is not null)
    {
        // The store initializer stopped the host while it was still starting (Kestrel's bind was cancelled).
    }

    return start.Failure is { } failure ? Program.Refuse(failure) : 0;
}
catch (InvalidSettingException invalid) when (Program.OwnsTheProcess)
{
    return Program.Refuse(invalid.Message);
}

/// <summary>The host, visible to <c>WebApplicationFactory</c> in the end-to-end tests.</summary>
public partial class Program
{
    /// <summary>
    /// Whether the server is the process (<c>dotnet RareGraph.Server.dll</c>) rather than hosted in another one (the
    /// tests' <c>WebApplicationFactory</c>). Only a process can exit with a code; a host that runs this entry point gets
    /// a refused start as the <see cref="InvalidSettingException"/> itself, from the same checks.
    /// </summary>
    internal static bool OwnsTheProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly;

    /// <summary>A start refused for its configuration: one line an operator can act on, no stack trace, a non-zero exit.</summary>
    internal static int Refuse(string reason)
    {
        Console.Error.WriteLine($"RareGraph cannot start: {reason}");
        return InvalidSettingException.ExitCode;
    }
}
