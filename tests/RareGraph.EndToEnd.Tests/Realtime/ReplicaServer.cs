using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Server.Security;

namespace RareGraph.EndToEnd.Tests.Realtime;

/// <summary>
/// One replica: the real server on Kestrel at 127.0.0.1 and a free port, over a SQLite file it may share with other
/// replicas, and optionally a Redis. Starts empty (no demo data) so tests own every key they check.
/// </summary>
internal sealed class ReplicaServer : IDisposable
{
    public static readonly string AdminKey = ApiKeySecrets.Generate();

    private readonly Factory _factory;

    public ReplicaServer(string databasePath, string? redis, Action<IServiceCollection>? configureServices = null)
    {
        _factory = new Factory(databasePath, redis, configureServices);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseAddress = new Uri(addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel started without an http address."));
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public Uri BaseAddress { get; }

    public string WebSocketUrl => $"ws://{BaseAddress.Authority}/graphql";

    public HttpClient Http { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>POSTs a GraphQL request and returns the parsed body; fails the test on a non-200 status.</summary>
    public async Task<JsonObject> PostAsync(string query, JsonObject? variables = null)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
    }

    private sealed class Factory(string databasePath, string? redis, Action<IServiceCollection>? configureServices) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("RareGraph:Store", "sqlite");
            builder.UseSetting("RareGraph:Sqlite:Path", databasePath);
            builder.UseSetting("RareGraph:DemoData", "false");
            if (redis is not null)
            {
                builder.UseSetting("RareGraph:Redis", redis);
            }

            builder.UseSetting("RareGraph:Security:ApiKeys:0:Id", "realtime-admin");
            builder.UseSetting("RareGraph:Security:ApiKeys:0:Hash", ApiKeySecrets.Hash(AdminKey));
            builder.UseSetting("RareGraph:Security:ApiKeys:0:Role", "ADMIN");
            builder.UseSetting("RareGraph:Security:RateLimit:PermitsPerMinute", "100000");
            builder.UseSetting("RareGraph:Security:CursorKey", "dGVzdC1vbmx5LWN1cnNvci1rZXktMDEyMzQ1Njc4OWE=");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            if (configureServices is not null)
            {
                // After the server's own registrations, so what a test configures (a sampler, say) has the last word.
                builder.ConfigureTestServices(configureServices);
            }
        }
    }
}
