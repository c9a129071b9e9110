namespace RareGraph.GraphQL.Tests.Schema;

/// <summary>
/// A fact that needs tests/schema-check installed. Locally a missing <c>node_modules</c> skips it with the reason; under
/// <c>CI=true</c> it runs anyway and fails, so a broken CI set-up cannot hide a breaking change.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SchemaCheckFactAttribute : FactAttribute
{
    public SchemaCheckFactAttribute()
    {
        if (!SchemaCheck.IsInstalled && !SchemaCheck.IsCi)
        {
            Skip = "tests/schema-check/node_modules is missing: run `npm ci` in tests/schema-check (under CI=true this test fails instead).";
        }
    }
}
