namespace RareGraph.TestSupport;

/// <summary>Finds the checkout from the test binaries, so no machine path is ever written down.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The directory holding <c>RareGraph.sln</c>.</summary>
    public static string Path => Root.Value;

    /// <summary>A path inside the checkout, from forward-slash separated parts relative to the root.</summary>
    public static string Combine(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        return System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
    }

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "RareGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException($"RareGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
