namespace RareGraph.GraphQL.Tests.Caching;

/// <summary>
/// A fact needing the Redis of the test command (<c>RAREGRAPH_TEST_REDIS=host:port</c>): skipped locally with the
/// reason when it is not set, run (and failed by <see cref="Require"/>) when <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (!IsCi && Address is null)
        {
            Skip = "RAREGRAPH_TEST_REDIS is not set: bash tests/run-all.sh starts redis-server and sets it (skipped locally; fails when CI=true)";
        }
    }

    public static string? Address => Environment.GetEnvironmentVariable("RAREGRAPH_TEST_REDIS") is { Length: > 0 } a ? a : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Redis address, failing the test when there is none.</summary>
    public static string Require() => Address ?? throw new InvalidOperationException("RAREGRAPH_TEST_REDIS is not set, and CI=true needs Redis.");
}
