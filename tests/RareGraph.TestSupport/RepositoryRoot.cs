namespace RareGraph.TestSupport;

public static class RepositoryRoot
{
    /// <summary>The checkout's root, found by walking up from the test binaries to RareGraph.sln.</summary>
    public static string Path
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "RareGraph.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("RareGraph.sln not found above the test binaries.");
        }
    }
}
