using RareGraph.Storage.Neo4j.Tests.Infrastructure;

namespace RareGraph.Storage.Neo4j.Tests.Cypher;

public sealed class CypherLintTests
{
    [CypherLintFact]
    public async Task Every_Statement_The_Adapter_Sends_Should_Parse_Without_Errors()
    {
        Assert.True(CypherLinter.IsInstalled, "tests/cypher-lint/node_modules is missing: run `npm ci` in tests/cypher-lint.");
        var statements = await StatementCatalog.CaptureAsync();

        var (exitCode, findings) = await CypherLinter.LintAsync(statements);

        Assert.True(exitCode == 0, $"Neo4j's parser rejected {statements.Count} captured statements with:\n{findings}");
    }

    [CypherLintFact]
    public async Task Linter_Should_Reject_A_Broken_Statement()
    {
        Assert.True(CypherLinter.IsInstalled, "tests/cypher-lint/node_modules is missing: run `npm ci` in tests/cypher-lint.");

        var (exitCode, findings) = await CypherLinter.LintAsync(["MATCH (n:Entity) RETRUN n", "MATCH (n) WHERE n.key = $key RETURN n"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("RETRUN", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("\"index\": 1", findings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_Should_Only_Ever_Travel_As_Parameters()
    {
        var statements = await StatementCatalog.CaptureAsync();

        Assert.True(statements.Count > 30, $"Only {statements.Count} statements were captured.");
        Assert.DoesNotContain(statements, s => s.Contains("O'Brien", StringComparison.Ordinal));
    }
}
