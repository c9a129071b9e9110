using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Server.Security;

namespace RareGraph.Benchmarks.Http;

/// <summary>
/// The production server (RareGraph.Server's own Program, in the Production environment: API key authentication,
/// rate limiting, query limits, telemetry with its Prometheus exporter) on Kestrel at 127.0.0.1 and a free port, over a
/// SQLite file the benchmark filled. The only settings changed are the store path, no demo data, one ANALYST key, a
/// rate limit the load cannot reach, warnings-only logging, and the response cache's size (on, or off for the "executed"
/// side).
/// </summary>
internal sealed class ServerUnderTest : IDisposable
{
    private readonly Factory _factory;

    /// <summary>Starts the server on a free loopback port.</summary>
    /// <param name="databasePath">The SQLite file the benchmark filled.</param>
    /// <param name="responseCache">False turns the response cache off (<c>RareGraph:ResponseCache:Entries</c> 0).</param>
    public ServerUnderTest(string databasePath, bool responseCache = true)
    {
        ApiKey = ApiKeySecrets.Generate();
        _factory = new Factory(databasePath, ApiKeySecrets.Hash(ApiKey), responseCache);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://", StringComparison.Ordinal));
        Endpoint = IPEndPoint.Parse(new Uri(address).Authority);
    }

    public IPEndPoint Endpoint { get; }

    /// <summary>The secret of the server's ANALYST key, sent as <c>X-Api-Key</c>.</summary>
    public string ApiKey { get; }

    public void Dispose() => _factory.Dispose();

    private sealed class Factory(string databasePath, string keyHash, bool responseCache) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The harness is no test project, so WebApplicationFactory finds no manifest naming the server's folder.
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseEnvironment("Production");
            builder.UseSetting("RareGraph:Store", "sqlite");
            builder.UseSetting("RareGraph:Sqlite:Path", databasePath);
            builder.UseSetting("RareGraph:DemoData", "false");
            builder.UseSetting("RareGraph:Security:ApiKeys:0:Id", "benchmark");
            builder.UseSetting("RareGraph:Security:ApiKeys:0:Hash", keyHash);
            builder.UseSetting("RareGraph:Security:ApiKeys:0:Role", "ANALYST");
            builder.UseSetting("RareGraph:Security:RateLimit:PermitsPerMinute", "1000000000");
            builder.UseSetting("RareGraph:Security:CursorKey", "dGVzdC1vbmx5LWN1cnNvci1rZXktMDEyMzQ1Njc4OWE=");
            builder.UseSetting("RareGraph:ResponseCache:Entries", responseCache ? "1000" : "0");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        }
    }
}
