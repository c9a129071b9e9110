using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RareGraph.Caching.Redis.Tests;

/// <summary>
/// The <c>RareGraph:Redis</c> section is bound and checked like every adapter's: a missing server, a string Redis cannot
/// read or a timeout out of range stops the start naming the setting, and never repeats the value (it may hold a password).
/// No Redis server is needed: nothing here connects.
/// </summary>
public sealed class RedisOptionsTests
{
    [Fact]
    public void Section_Should_Bind_The_Server_And_The_Timeouts()
    {
        var options = Bind(new()
        {
            ["RareGraph:Redis:Configuration"] = "cache.internal:6380,ssl=true",
            ["RareGraph:Redis:ConnectTimeout"] = "00:00:05",
            ["RareGraph:Redis:OperationTimeout"] = "00:00:00.250",
        });

        Assert.Equal("cache.internal:6380,ssl=true", options.Configuration);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.OperationTimeout);
    }

    [Fact]
    public void Defaults_Should_Give_Up_Quickly()
    {
        var options = Bind(new() { ["RareGraph:Redis:Configuration"] = "localhost:6379" });

        Assert.Equal(TimeSpan.FromSeconds(2), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.OperationTimeout);
    }

    [Theory]
    [InlineData("RareGraph:Redis:ConnectTimeout", "00:00:00", "RareGraph:Redis:ConnectTimeout")]
    [InlineData("RareGraph:Redis:OperationTimeout", "00:05:00", "RareGraph:Redis:OperationTimeout")]
    [InlineData("RareGraph:Redis:ConnectTimeout", "-00:00:01", "RareGraph:Redis:ConnectTimeout")]
    public void Timeout_Out_Of_Range_Should_Be_Refused_Naming_The_Setting(string key, string value, string setting)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["RareGraph:Redis:Configuration"] = "localhost:6379", [key] = value }));

        Assert.Contains(refused.Failures, f => f.Contains(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void Section_Without_A_Server_Should_Be_Refused()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["RareGraph:Redis:ConnectTimeout"] = "00:00:05" }));

        Assert.Contains(refused.Failures, f => f.Contains("RareGraph:Redis must name the Redis server", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_Configuration_String_Should_Be_Refused_Without_Repeating_It()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["RareGraph:Redis:Configuration"] = "localhost:6379,password=hunter2,flavour=vanilla" }));

        var failure = Assert.Single(refused.Failures);
        Assert.StartsWith("RareGraph:Redis is not a Redis configuration string", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    private static RedisOptions Bind(Dictionary<string, string?> settings)
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddRareGraphRedis()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<RedisOptions>>().Value;
    }
}
