using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RareGraph.Server.Observability;

namespace RareGraph.Server.Tests.Observability;

/// <summary>
/// The OTLP endpoint is a bound, checked option under the standard OpenTelemetry name, read when the providers are
/// built rather than while the services are wired.
/// </summary>
public sealed class TelemetryOptionsTests
{
    [Fact]
    public void Standard_Variable_Should_Bind_The_Otlp_Endpoint()
    {
        var options = Bind(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://collector:4317" });

        Assert.Equal(new Uri("http://collector:4317"), options.OtlpEndpoint);
    }

    [Fact]
    public void Unset_Endpoint_Should_Mean_No_Otlp_Export()
    {
        Assert.Null(Bind([]).OtlpEndpoint);
    }

    [Theory]
    [InlineData("collector:4317")]
    [InlineData("/v1/traces")]
    [InlineData("ftp://collector:4317")]
    public void Endpoint_That_Is_Not_An_Http_Address_Should_Be_Refused_Naming_The_Variable(string endpoint)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint }));

        Assert.Contains(refused.Failures, f => f.Contains("OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http:// or https:// address", StringComparison.Ordinal));
    }

    private static TelemetryOptions Bind(Dictionary<string, string?> settings)
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddRareGraphTelemetry()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
    }
}
