using GraphQL.Types;
using Microsoft.Extensions.Options;
using RareGraph.DemoData;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using RareGraph.Server.Configuration;

namespace RareGraph.Server.Hosting;

/// <summary>Prepares the schema and the store before the server accepts requests: schema migrations, then the demo data when asked for.</summary>
internal sealed partial class StoreInitializer(
    IGraphStore store,
    GraphWriter writer,
    IOptions<RareGraphOptions> options,
    ISchema schema,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Build the schema now, so a broken type fails the start rather than the first request.
        schema.Initialize();
        await store.InitializeAsync(cancellationToken);
        if (options.Value.DemoData && await DemoDataSet.LoadIfEmptyAsync(store, writer, cancellationToken))
        {
            LogDemoLoaded(logger, await store.GetVersionAsync(cancellationToken));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo data set into the empty store (graph version {Version})")]
    private static partial void LogDemoLoaded(ILogger logger, long version);
}
