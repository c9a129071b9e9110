namespace RareGraph.TestSupport;

/// <summary>
/// A fact needing Redis: skipped locally with the reason when something it needs is missing, run (and failed by
/// <see cref="TestRedis.Require"/>) when <c>CI=true</c>, so a CI without Redis cannot pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    /// <summary>A fact on the Redis of the test command.</summary>
    public RedisFactAttribute()
        : this(RedisNeeds.SharedServer)
    {
    }

    public RedisFactAttribute(RedisNeeds needs)
    {
        Needs = needs;
        if (!TestRedis.IsCi && TestRedis.Missing(needs) is { } missing)
        {
            Skip = $"{missing} (skipped locally; fails when CI=true)";
        }
    }

    public RedisNeeds Needs { get; }
}
