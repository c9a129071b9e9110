using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace RareGraph.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real server on Kestrel at 127.0.0.1 and a free port, over a fresh SQLite file holding the demo data, so tools
/// outside the process (node, Chromium) can reach it over real HTTP. One per test class; a subclass may add settings
/// (API keys, say) on top of the defaults.
/// </summary>
public class KestrelServer : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-e2e", Guid.NewGuid().ToString("N"));
    private readonly Factory _factory;

    public KestrelServer()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>The demo-data server with more configuration.</summary>
    /// <param name="settings">Configuration applied after the defaults below, e.g. <c>RareGraph:Security:ApiKeys:0:Id</c>.</param>
    protected KestrelServer(IReadOnlyDictionary<string, string?> settings)
    {
        Directory.CreateDirectory(_directory);
        _factory = new Factory(Path.Combine(_directory, "raregraph.db"), settings);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel started without an http address.");
        BaseAddress = new Uri(address);
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for the real socket (not the in-memory test server).</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The server's services, for tests that prepare data in-process before a browser reads it.</summary>
    public IServiceProvider Services => _factory.Services;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on a slow machine is not worth failing a run for; the OS temp cleaner gets it.
        }
    }

    private sealed class Factory(string databasePath, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Production: the same exception masking and headers a deployment has.
            builder.UseEnvironment("Production");
            builder.UseSetting("RareGraph:Store", "sqlite");
            builder.UseSetting("RareGraph:Sqlite:Path", databasePath);
            builder.UseSetting("RareGraph:DemoData", "true");
            // The audit and the browser call as an anonymous user of a public read-only deployment would: they send
            // no credentials, the explorer needs introspection, and ~100 requests a minute come from one address.
            builder.UseSetting("RareGraph:Security:AllowAnonymousRead", "true");
            builder.UseSetting("RareGraph:Security:AllowAnonymousIntrospection", "true");
            builder.UseSetting("RareGraph:Security:RateLimit:AnonymousPermitsPerMinute", "100000");
            builder.UseSetting("RareGraph:Security:CursorKey", "dGVzdC1vbmx5LWN1cnNvci1rZXktMDEyMzQ1Njc4OWE=");
            // Request logs of every audit and asset would bury the test output.
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
