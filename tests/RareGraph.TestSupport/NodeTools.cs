namespace RareGraph.TestSupport;

/// <summary>node and the npm tools of <c>tests/e2e</c>, which <c>bash tests/run-all.sh</c> installs.</summary>
public static class NodeTools
{
    /// <summary>Where the npm tools are installed.</summary>
    public static string Directory => RepositoryRoot.Combine("tests/e2e");

    /// <summary>Why the node tools cannot run here, or <c>null</c> when they can.</summary>
    public static string? Missing()
    {
        if (FindOnPath("node") is null)
        {
            return "node is not on PATH.";
        }

        return System.IO.Directory.Exists(Path.Combine(Directory, "node_modules"))
            ? null
            : "tests/e2e/node_modules is missing: run `npm ci` in tests/e2e (bash tests/run-all.sh does it).";
    }

    /// <summary>The first <paramref name="executable"/> on PATH, or <c>null</c>.</summary>
    public static string? FindOnPath(string executable)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, executable))
            .FirstOrDefault(File.Exists);
    }
}
