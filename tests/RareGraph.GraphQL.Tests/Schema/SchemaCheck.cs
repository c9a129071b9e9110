using System.Diagnostics;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Schema;

/// <summary>Runs tests/schema-check (@graphql-inspector/core, via node): the schema compared with the last released one.</summary>
internal static class SchemaCheck
{
    public static string Directory => Path.Combine(RepositoryRoot.Path, "tests", "schema-check");

    public static bool IsInstalled => System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@graphql-inspector", "core"));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks <paramref name="current"/> against <paramref name="released"/> and <paramref name="changelog"/> (the repository's files by default).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string? released = null, string? current = null, string? changelog = null)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("check.mjs");
        foreach (var (name, value) in new[] { ("--released", released), ("--current", current), ("--changelog", changelog) })
        {
            if (value is not null)
            {
                start.ArgumentList.Add(name);
                start.ArgumentList.Add(value);
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
