using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RareGraph.Domain.Storage;

namespace RareGraph.TestSupport;

/// <summary>
/// The real server in-process, on a fresh SQLite file of its own, optionally with the demo data. The store is wrapped
/// in a <see cref="TestGraphStore"/> so tests can count round trips (or take the store down).
/// </summary>
public sealed class RareGraphApp : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _demoData;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<TestGraphStore>? _configureStore;

    /// <summary>A server that starts on first use, with a database file of its own.</summary>
    /// <param name="demoData">Load the demo data set.</param>
    /// <param name="settings">Extra configuration (e.g. <c>RareGraph:Security:AllowAnonymousRead</c>), applied last.</param>
    /// <param name="configureStore">Sets up the wrapped store before the server first uses it (unreachable at start, say).</param>
    public RareGraphApp(bool demoData = true, IReadOnlyDictionary<string, string?>? settings = null, Action<TestGraphStore>? configureStore = null)
    {
        _demoData = demoData;
        _configureStore = configureStore;
        _settings = settings ?? new Dictionary<string, string?>();
        Directory.CreateDirectory(_directory);
    }

    /// <summary>Every log entry the server wrote (at every level its configuration lets through).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Counts the documents GraphQL executed (past validation); a request refused before execution never is.</summary>
    public CountingDocumentExecuter Executions => (CountingDocumentExecuter)Services.GetRequiredService<IDocumentExecuter>();

    public TestGraphStore Store => (TestGraphStore)Services.GetRequiredService<IGraphStore>();

    /// <summary>The SQLite file of this server's graph (unless the settings name another).</summary>
    public string DatabasePath => Path.Combine(_directory, "raregraph.db");

    public Task<JsonObject> GraphQLAsync(string query, object? variables = null, string? operationName = null) =>
        GraphQLAsAsync(TestCallers.AdminKey, query, variables, operationName);

    /// <summary>Runs <paramref name="query"/> with <paramref name="apiKey"/> (null: anonymously).</summary>
    public async Task<JsonObject> GraphQLAsAsync(string? apiKey, string query, object? variables = null, string? operationName = null)
    {
        using var response = await PostAsync(new { query, variables, operationName }, "application/graphql-response+json", apiKey);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)!.AsObject();
    }

    public Task<HttpResponseMessage> PostAsync(object body, string accept = "application/graphql-response+json") =>
        PostAsync(body, accept, TestCallers.AdminKey);

    public async Task<HttpResponseMessage> PostAsync(object body, string accept, string? apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Clients made by tests carry the ADMIN key unless they remove the header.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", TestCallers.AdminKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("RareGraph:Sqlite:Path", DatabasePath);
        builder.UseSetting("RareGraph:DemoData", _demoData ? "true" : "false");
        foreach (var (name, value) in TestCallers.Settings())
        {
            builder.UseSetting(name, value);
        }

        // High enough that no functional test meets it; the rate-limit tests set their own.
        builder.UseSetting("RareGraph:Security:RateLimit:PermitsPerMinute", "100000");
        builder.UseSetting("RareGraph:Security:RateLimit:AnonymousPermitsPerMinute", "100000");
        foreach (var (name, value) in _settings)
        {
            builder.UseSetting(name, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            var executer = services.Single(s => s.ServiceType == typeof(IDocumentExecuter));
            services.Remove(executer);
            services.AddSingleton<IDocumentExecuter>(sp => new CountingDocumentExecuter((IDocumentExecuter)(
                executer.ImplementationInstance
                ?? executer.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, executer.ImplementationType!))));

            var original = services.Single(s => s.ServiceType == typeof(IGraphStore));
            services.Remove(original);
            services.AddSingleton<IGraphStore>(sp =>
            {
                var store = new TestGraphStore((IGraphStore)original.ImplementationFactory!(sp));
                _configureStore?.Invoke(store);
                return store;
            });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open on a slow machine is not worth failing a test run for; the OS temp cleaner gets it.
            }
        }
    }
}
