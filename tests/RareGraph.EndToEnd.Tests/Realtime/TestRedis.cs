using System.Net;
using System.Net.Sockets;
using RareGraph.EndToEnd.Tests.Infrastructure;

namespace RareGraph.EndToEnd.Tests.Realtime;

/// <summary>
/// The Redis the test command starts (<c>RAREGRAPH_TEST_REDIS=host:port</c>) and the <c>redis-server</c> binary tests use
/// to start their own. Missing locally: the tests skip with the reason; missing on CI: they fail.
/// </summary>
internal static class TestRedis
{
    public static string? SharedAddress => Environment.GetEnvironmentVariable("RAREGRAPH_TEST_REDIS") is { Length: > 0 } a ? a : null;

    public static string? ServerBinary =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "redis-server"))
            .FirstOrDefault(File.Exists);

    public static string? Missing() =>
        SharedAddress is null ? "RAREGRAPH_TEST_REDIS is not set (bash tests/run-all.sh starts redis-server and sets it)."
        : ServerBinary is null ? "redis-server is not on PATH (apt-get install redis-server)."
        : null;

    public static void Require()
    {
        if ((Missing() ?? E2eEnvironment.MissingNodeTools()) is { } missing)
        {
            Assert.Fail($"Realtime prerequisite missing: {missing}");
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
