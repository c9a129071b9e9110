using Microsoft.Extensions.Diagnostics.HealthChecks;
using RareGraph.Domain.Storage;
using RareGraph.Server.Hosting;

namespace RareGraph.Server.Observability;

/// <summary>Ready = the store answers. Redis is reported but never makes the server unready: it is only a cache.</summary>
internal sealed class ReadinessCheck(IGraphStore store, StoreStartState start, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!start.IsReady)
        {
            return HealthCheckResult.Unhealthy("Waiting for the graph store to become reachable.");
        }

        try
        {
            await store.GetVersionAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The graph store does not answer.");
        }

        var redis = services.GetService<StackExchange.Redis.IConnectionMultiplexer>();
        if (redis is not null && !redis.IsConnected)
        {
            return HealthCheckResult.Degraded("Redis is unreachable: answering uncached.");
        }

        return HealthCheckResult.Healthy();
    }
}
