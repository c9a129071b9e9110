namespace RareGraph.EndToEnd.Tests.Infrastructure;

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
