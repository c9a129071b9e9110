namespace RareGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// A fact that needs tests/cypher-lint installed. Locally a missing <c>node_modules</c> skips it with the reason; under
/// <c>CI=true</c> it runs anyway and fails, so a broken CI set-up cannot hide unlinted Cypher.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute()
    {
        if (!CypherLinter.IsInstalled && !CypherLinter.IsCi)
        {
            Skip = "tests/cypher-lint/node_modules is missing: run `npm ci` in tests/cypher-lint (under CI=true this test fails instead).";
        }
    }
}
