using System.Diagnostics;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>Runs the tools researchers open exports with: networkx (Python) and cytoscape.js (node).</summary>
internal static class ResearchTools
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string ToolsDirectory => Path.Combine(RepositoryRoot.Path, "tests", "e2e");

    /// <summary>The first python3 that imports networkx (the one on PATH, else Debian's), or null.</summary>
    public static string? Python => PythonCandidates.FirstOrDefault(p => Run(p, ["-c", "import networkx"], TimeSpan.FromSeconds(60)).Exit == 0);

    private static IEnumerable<string> PythonCandidates => ["python3", "/usr/bin/python3"];

    public static string? Missing()
    {
        if (!Directory.Exists(Path.Combine(ToolsDirectory, "node_modules", "cytoscape")))
        {
            return "tests/e2e/node_modules/cytoscape is missing: run `npm ci` in tests/e2e";
        }

        return Python is null ? "no python3 with networkx: apt-get install python3-networkx" : null;
    }

    public static (int Exit, string Output, string Errors) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ToolsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, output.Result, "killed after " + timeout);
            }

            return (process.ExitCode, output.Result, errors.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, string.Empty, program + " not found");
        }
    }
}
