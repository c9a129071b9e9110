using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RareGraph.Caching.Redis;
using RareGraph.GraphQL;
using RareGraph.GraphQL.AspNetCore;
using RareGraph.Server.Configuration;
using RareGraph.Server.Hosting;
using RareGraph.Server.Observability;
using RareGraph.Server.Pages;
using RareGraph.Server.Security;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(RareGraphOptions.SectionName).Get<RareGraphOptions>() ?? new RareGraphOptions();
builder.Services.AddOptions<RareGraphOptions>().BindConfiguration(RareGraphOptions.SectionName);
builder.Services.AddConfiguredStore(options, builder.Configuration, builder.Environment);
if (!string.IsNullOrWhiteSpace(options.Redis))
{
    builder.Services.AddRareGraphRedis(options.Redis);
}

builder.Services.AddRareGraphGraphQL();
builder.Services.AddRareGraphGraphQLTransport();
builder.AddRareGraphSecurity();
builder.Services.AddRareGraphTelemetry(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("store-and-cache", tags: ["ready"]);
builder.Services.AddHostedService<StoreInitializer>();

var app = builder.Build();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
app.UseRareGraphSecurity();
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
app.MapPrometheusScrapingEndpoint("/metrics");
app.Run();

/// <summary>The host, visible to <c>WebApplicationFactory</c> in the end-to-end tests.</summary>
public partial class Program
{
}
