using RareGraph.GraphQL;
using RareGraph.GraphQL.Transport;
using RareGraph.Server.Configuration;
using RareGraph.Server.Hosting;
using RareGraph.Server.Pages;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(RareGraphOptions.SectionName).Get<RareGraphOptions>() ?? new RareGraphOptions();
builder.Services.AddOptions<RareGraphOptions>().BindConfiguration(RareGraphOptions.SectionName);
builder.Services.AddConfiguredStore(options, builder.Environment);
builder.Services.AddRareGraphGraphQL();
builder.Services.AddHostedService<StoreInitializer>();

var app = builder.Build();
app.UseGraphiQLPage();
app.UseStaticFiles();
app.MapRareGraphGraphQL("/graphql");
app.MapGet("/health/live", () => Results.Text("live"));
app.Run();

/// <summary>The host, visible to <c>WebApplicationFactory</c> in the end-to-end tests.</summary>
public partial class Program
{
}
