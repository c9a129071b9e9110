using RareGraph.Server.Configuration;
using RareGraph.TestSupport;

namespace RareGraph.Server.Tests.Configuration;

/// <summary>
/// The in-process server the tests use (<see cref="RareGraphApp"/>, <c>WebApplicationFactory</c>) runs the same
/// start-time checks as the real host: an invalid option stops its start with the one message the real host prints
/// after <c>RareGraph cannot start:</c>, rather than a server that was never started or one that runs regardless.
/// </summary>
public sealed class InProcessStartTests
{
    public static TheoryData<string, string, string> InvalidOptions() => new()
    {
        { "RareGraph:Limits:MaxRequestBytes", "0", "RareGraph:Limits:MaxRequestBytes must be a positive number of bytes." },
        { "RareGraph:Redis:ConnectTimeout", "00:10:00", "RareGraph:Redis:ConnectTimeout must be between 00:00:00.1 and 00:01:00." },
        { "OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http:// or https:// address of an OTLP collector (e.g. http://collector:4317)." },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_Option_Should_Stop_The_In_Process_Start_With_One_Message_Naming_It(string setting, string value, string message)
    {
        var settings = new Dictionary<string, string?> { [setting] = value };
        if (setting.StartsWith("RareGraph:Redis:", StringComparison.Ordinal))
        {
            settings["RareGraph:Redis:Configuration"] = "127.0.0.1:1";
        }

        using var app = new RareGraphApp(demoData: false, settings);

        var refused = Assert.Throws<InvalidSettingException>(() => app.CreateClient());

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public async Task Valid_Options_Should_Start_The_In_Process_Server()
    {
        using var app = new RareGraphApp(demoData: false, new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:1" });

        var json = await app.GraphQLAsync("{ __typename }");

        Assert.Equal("Query", (string?)json["data"]!["__typename"]);
    }
}
