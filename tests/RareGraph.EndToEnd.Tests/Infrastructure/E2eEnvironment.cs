using RareGraph.TestSupport;

namespace RareGraph.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What the end-to-end tests need outside .NET: node with the npm tools of <c>tests/e2e</c> installed, Chromium, and
/// the built GraphiQL page. <c>bash tests/run-all.sh</c> installs all of them.
/// </summary>
internal static class E2eEnvironment
{
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string ToolsDirectory => NodeTools.Directory;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path
        ? path
        : "/usr/bin/chromium";

    public static string ExplorerIndex => RepositoryRoot.Combine("src/RareGraph.Server/wwwroot/graphiql/index.html");

    public static string MapIndex => RepositoryRoot.Combine("src/RareGraph.Server/wwwroot/map/index.html");

    /// <summary>Where screenshots and tool output go: <c>RAREGRAPH_E2E_ARTIFACTS</c>, else <c>TestResults/e2e</c>.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var directory = Environment.GetEnvironmentVariable("RAREGRAPH_E2E_ARTIFACTS") is { Length: > 0 } configured
                ? configured
                : RepositoryRoot.Combine("TestResults/e2e");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    /// <summary>Why the node tools cannot run here, or <c>null</c> when they can.</summary>
    public static string? MissingNodeTools() => NodeTools.Missing();

    /// <summary>Why the browser test cannot run here, or <c>null</c> when it can.</summary>
    public static string? MissingBrowser() =>
        MissingNodeTools()
        ?? (File.Exists(ChromiumPath) ? null : $"Chromium not found at {ChromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).")
        ?? MissingExplorer();

    /// <summary>Why the GraphiQL page cannot be served, or <c>null</c> when it is built.</summary>
    public static string? MissingExplorer() =>
        File.Exists(ExplorerIndex)
            ? null
            : "src/RareGraph.Server/wwwroot/graphiql is not built: build the server with node/npm available (not with -p:SkipClientBuild=true).";

    /// <summary>Why the map page cannot be served, or <c>null</c> when it is built.</summary>
    public static string? MissingMap() =>
        File.Exists(MapIndex)
            ? null
            : "src/RareGraph.Server/wwwroot/map is not built: build the server with node/npm available (not with -p:SkipClientBuild=true).";

    /// <summary>Why the map's browser test cannot run here, or <c>null</c> when it can.</summary>
    public static string? MissingMapBrowser() =>
        MissingNodeTools()
        ?? (File.Exists(ChromiumPath) ? null : $"Chromium not found at {ChromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).")
        ?? MissingMap();
}
