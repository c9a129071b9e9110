using System.Diagnostics;
using System.Text.Json;

namespace RareGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Runs tests/cypher-lint (Neo4j's own Cypher parser, via node) over a set of statements.</summary>
internal static class CypherLinter
{
    public static string? Directory { get; } = FindLintDirectory();

    public static bool IsInstalled =>
        Directory is not null && System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@neo4j-cypher", "language-support"));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lints <paramref name="statements"/>; returns the linter's exit code and its JSON findings.</summary>
    public static async Task<(int ExitCode, string Findings)> LintAsync(IReadOnlyCollection<string> statements)
    {
        var input = Path.Combine(Path.GetTempPath(), $"raregraph-cypher-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements));
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = Directory!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("lint.mjs");
            start.ArgumentList.Add(input);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await errors);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string? FindLintDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "cypher-lint");
            if (File.Exists(Path.Combine(candidate, "lint.mjs")))
            {
                return candidate;
            }
        }

        return null;
    }
}
