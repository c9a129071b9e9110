using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Writing;
using RareGraph.Server.Security;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>A server holding <see cref="LargeGraph"/> instead of the demo data, with an ANALYST key.</summary>
public sealed class LargeGraphServer : Infrastructure.KestrelServer, IAsyncLifetime
{
    public LargeGraphServer()
        : this(ApiKeySecrets.Generate())
    {
    }

    private LargeGraphServer(string analystKey)
        : base(new Dictionary<string, string?>
        {
            ["RareGraph:DemoData"] = "false",
            ["RareGraph:Security:ApiKeys:0:Id"] = "benchmark-analyst",
            ["RareGraph:Security:ApiKeys:0:Hash"] = ApiKeySecrets.Hash(analystKey),
            ["RareGraph:Security:ApiKeys:0:Role"] = "ANALYST",
            ["RareGraph:Security:RateLimit:PermitsPerMinute"] = "1000000",
        })
    {
        AnalystKey = analystKey;
    }

    public string AnalystKey { get; }

    /// <summary>Written in-process through the one write path, as an import would: faster than 10 importGraph calls.</summary>
    public async Task InitializeAsync()
    {
        var writer = Services.GetRequiredService<GraphWriter>();
        await writer.ApplyAsync(LargeGraph.Build(), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
