using RareGraph.EndToEnd.Tests.Infrastructure;

namespace RareGraph.EndToEnd.Tests.Realtime;

/// <summary>
/// A fact needing Redis (and node with the npm tools): skipped locally with the reason when they are missing, run (and
/// failed by <see cref="TestRedis.Require"/>) when <c>CI=true</c>, so a CI without Redis cannot pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (!E2eEnvironment.IsCi && (TestRedis.Missing() ?? E2eEnvironment.MissingNodeTools()) is { } missing)
        {
            Skip = $"{missing} (skipped locally; fails when CI=true)";
        }
    }
}
