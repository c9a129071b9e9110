namespace RareGraph.EndToEnd.Tests.Infrastructure;

/// <summary>What an end-to-end test needs besides .NET.</summary>
public enum E2eNeeds
{
    /// <summary>The built GraphiQL page.</summary>
    Explorer,

    /// <summary>node and the npm tools of <c>tests/e2e</c>.</summary>
    NodeTools,

    /// <summary>node, the npm tools, Chromium and the built page.</summary>
    Browser,
}

/// <summary>
/// A fact that skips when its tools are missing on a developer's machine, but runs (and fails, saying what is missing)
/// when <c>CI=true</c>, so a broken CI set-up cannot pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class E2eFactAttribute : FactAttribute
{
    public E2eFactAttribute(E2eNeeds needs)
    {
        if (E2eEnvironment.IsCi)
        {
            return;
        }

        var missing = E2eRequirements.Missing(needs);
        if (missing is not null)
        {
            Skip = $"{missing} (skipped locally; fails when CI=true)";
        }
    }
}
