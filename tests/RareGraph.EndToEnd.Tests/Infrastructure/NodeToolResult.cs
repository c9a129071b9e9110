namespace RareGraph.EndToEnd.Tests.Infrastructure;

/// <summary>The outcome of one run of a script in <c>tests/e2e</c>.</summary>
public sealed record NodeToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() =>
        $"exit code {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}"
        + $"{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
}
