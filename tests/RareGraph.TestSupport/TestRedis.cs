using System.Net;
using System.Net.Sockets;

namespace RareGraph.TestSupport;

/// <summary>
/// The Redis the test command starts (<c>RAREGRAPH_TEST_REDIS=host:port</c>) and the <c>redis-server</c> binary tests use
/// to start their own. Missing locally: the tests skip with the reason; missing when <c>CI=true</c>: they fail, so a CI
/// without Redis cannot pass by skipping.
/// </summary>
public static class TestRedis
{
    public static string? SharedAddress => Environment.GetEnvironmentVariable("RAREGRAPH_TEST_REDIS") is { Length: > 0 } a ? a : null;

    public static string? ServerBinary => NodeTools.FindOnPath("redis-server");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test with these <paramref name="needs"/> cannot run here, or <c>null</c> when it can.</summary>
    public static string? Missing(RedisNeeds needs) =>
        needs.HasFlag(RedisNeeds.SharedServer) && SharedAddress is null
            ? "RAREGRAPH_TEST_REDIS is not set (bash tests/run-all.sh starts redis-server and sets it)."
        : needs.HasFlag(RedisNeeds.ServerBinary) && ServerBinary is null
            ? "redis-server is not on PATH (apt-get install redis-server)."
        : needs.HasFlag(RedisNeeds.NodeTools)
            ? NodeTools.Missing()
        : null;

    /// <summary>Fails the test, saying what is missing, unless everything it <paramref name="needs"/> is here.</summary>
    public static void Require(RedisNeeds needs)
    {
        if (Missing(needs) is { } missing)
        {
            Assert.Fail($"Redis prerequisite missing: {missing}");
        }
    }

    /// <summary>The shared Redis's address, failing the test when there is none.</summary>
    public static string RequireSharedAddress()
    {
        Require(RedisNeeds.SharedServer);
        return SharedAddress!;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
