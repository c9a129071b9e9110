namespace RareGraph.TestSupport;

/// <summary>What a test that talks to Redis needs besides .NET.</summary>
[Flags]
public enum RedisNeeds
{
    /// <summary>The Redis the test command starts and names in <c>RAREGRAPH_TEST_REDIS=host:port</c>.</summary>
    SharedServer = 1,

    /// <summary>The <c>redis-server</c> binary on PATH, for a test that starts (and stops) a Redis of its own.</summary>
    ServerBinary = 2,

    /// <summary>node and the npm tools of <c>tests/e2e</c> (a graphql-ws client, say).</summary>
    NodeTools = 4,
}
