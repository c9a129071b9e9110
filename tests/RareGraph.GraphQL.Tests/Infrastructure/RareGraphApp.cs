using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Storage;

namespace RareGraph.GraphQL.Tests.Infrastructure;

/// <summary>
/// The real server in-process, on a fresh SQLite file of its own, optionally with the demo data. The store is wrapped
/// in a <see cref="CountingGraphStore"/> so tests can count round trips.
/// </summary>
public sealed class RareGraphApp : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _demoData;

    public RareGraphApp(bool demoData = true)
    {
        _demoData = demoData;
        Directory.CreateDirectory(_directory);
    }

    public CountingGraphStore Store => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    public async Task<JsonObject> GraphQLAsync(string query, object? variables = null, string? operationName = null)
    {
        using var response = await PostAsync(new { query, variables, operationName });
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)!.AsObject();
    }

    public async Task<HttpResponseMessage> PostAsync(object body, string accept = "application/graphql-response+json")
    {
        var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await client.SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("RareGraph:Sqlite:Path", Path.Combine(_directory, "raregraph.db"));
        builder.UseSetting("RareGraph:DemoData", _demoData ? "true" : "false");
        builder.ConfigureTestServices(services =>
        {
            var original = services.Single(s => s.ServiceType == typeof(IGraphStore));
            services.Remove(original);
            services.AddSingleton<IGraphStore>(sp => new CountingGraphStore((IGraphStore)original.ImplementationFactory!(sp)));
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
