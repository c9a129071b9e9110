namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>
/// A fact that needs the researchers' tools (node with tests/e2e's cytoscape, python3 with networkx): skipped on a
/// developer's machine without them, run (and failing, saying what is missing) when <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute()
    {
        if (!ResearchTools.IsCi && ResearchTools.Missing() is { } missing)
        {
            Skip = $"{missing} (skipped locally; fails when CI=true)";
        }
    }
}
