using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Telemetry;
using RareGraph.Server.Observability;
using RareGraph.TestSupport;

namespace RareGraph.Server.Tests.Observability;

/// <summary>
/// Spans cost every request something to make, so they are recorded only where they go: with an OTLP endpoint every
/// span of RareGraph's sources is recorded, without one none is (metrics are unaffected). A store span is current
/// inside the store call only.
/// </summary>
/// <remarks>
/// Activity listeners are process-wide, so these tests build their tracer providers one after another (one class) and
/// dispose them before the next; the endpoint is a loopback port nothing listens on.
/// </remarks>
public sealed class TelemetrySamplingTests
{
    private const string Endpoint = "http://127.0.0.1:9";

    [Fact]
    public void Without_An_Otlp_Endpoint_No_Span_Should_Be_Recorded()
    {
        using var services = Build([]);
        _ = services.GetRequiredService<TracerProvider>();

        // A root is made but not recorded (OpenTelemetry keeps a trace id to propagate); what runs inside it is not made.
        using var operation = RareGraphTelemetry.Source.StartActivity("graphql.operation");
        using var store = TracedGraphStore.Source.StartActivity("store.GetVersion");

        Assert.False(operation?.Recorded ?? false);
        Assert.False(operation?.IsAllDataRequested ?? false);
        Assert.Null(store);
    }

    [Fact]
    public void With_An_Otlp_Endpoint_Every_Span_Should_Be_Recorded()
    {
        using var services = Build(new() { [TelemetryOptions.OtlpEndpointKey] = Endpoint });
        _ = services.GetRequiredService<TracerProvider>();

        using var operation = RareGraphTelemetry.Source.StartActivity("graphql.operation");
        using var store = TracedGraphStore.Source.StartActivity("store.GetVersion");

        Assert.True(operation?.Recorded);
        Assert.True(store?.Recorded);
    }

    [Fact]
    public async Task A_Store_Span_Should_Be_Current_Inside_The_Store_Call_And_Not_After_It()
    {
        using var services = Build(new() { [TelemetryOptions.OtlpEndpointKey] = Endpoint });
        _ = services.GetRequiredService<TracerProvider>();
        Activity? duringCall = null;
        var inner = new TestGraphStore
        {
            BeforeApply = (_, _, _) =>
            {
                duringCall = Activity.Current;
                return Task.CompletedTask;
            },
        };
        var traced = new TracedGraphStore(inner, "sqlite");
        using var caller = RareGraphTelemetry.Source.StartActivity("graphql.operation");

        await traced.ApplyAsync(new GraphWrite([], [], [], []), 0, default);

        Assert.Equal("store.Apply", duringCall?.OperationName);
        Assert.Same(caller, duringCall?.Parent);
        Assert.Same(caller, Activity.Current);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddRareGraphTelemetry()
            .BuildServiceProvider();
}
