using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RareGraph.Caching.Redis;
using RareGraph.Domain.ChangeFeed;
using RareGraph.Server.Hosting;
using StackExchange.Redis;

namespace RareGraph.Server.Tests.Hosting;

/// <summary>
/// The host uses Redis exactly when <c>RareGraph:Redis</c> is set, in the README's short form (the connection string
/// itself, <c>RareGraph__Redis=host:port</c>) or as a section; unset, the cache stays in-process. Nothing here connects.
/// </summary>
public sealed class CacheRegistrationTests
{
    [Fact]
    public void Short_Form_Connection_String_Should_Enable_Redis_With_That_Server()
    {
        using var services = Register(new() { ["RareGraph:Redis"] = "cache.internal:6380,ssl=true" });

        Assert.Equal("cache.internal:6380,ssl=true", services.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration);
        Assert.Equal(TimeSpan.FromSeconds(2), services.GetRequiredService<IOptions<RedisOptions>>().Value.ConnectTimeout);
        Assert.True(IsRegistered<IConnectionMultiplexer>(services));
        Assert.True(IsRegistered<IGraphEventFanOut>(services));
    }

    [Fact]
    public void Section_Should_Enable_Redis_And_Set_Its_Timeouts()
    {
        using var services = Register(new()
        {
            ["RareGraph:Redis:Configuration"] = "cache.internal:6380",
            ["RareGraph:Redis:OperationTimeout"] = "00:00:00.5",
        });

        var options = services.GetRequiredService<IOptions<RedisOptions>>().Value;
        Assert.Equal("cache.internal:6380", options.Configuration);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.OperationTimeout);
        Assert.True(IsRegistered<IConnectionMultiplexer>(services));
    }

    [Fact]
    public void No_Redis_Setting_Should_Keep_The_Cache_In_Process()
    {
        using var services = Register(new() { ["RareGraph:Redis"] = "" });

        Assert.False(IsRegistered<IConnectionMultiplexer>(services));
        Assert.False(IsRegistered<IGraphEventFanOut>(services));
    }

    private static ServiceProvider Register(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddConfiguredCache(configuration)
            .BuildServiceProvider();
    }

    private static bool IsRegistered<T>(ServiceProvider services) =>
        services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(T));
}
