using System.Diagnostics;
namespace RareGraph.EndToEnd.Tests.Hosting;

/// <summary>
/// A newcomer's first <c>dotnet run</c> builds the pages with npm for a minute or two; <c>dotnet run</c> builds quietly,
/// so the client build must say what it is doing on the console itself, at the verbosity <c>dotnet run</c> uses.
/// </summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task Client_Build_Should_Announce_Itself_Even_When_The_Build_Is_Quiet()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "RareGraph.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("RareGraph.sln not found above the test binaries.");
        }

        var project = Path.Combine(root.FullName, "src", "RareGraph.Server", "RareGraph.Server.csproj");
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-t:AnnounceClientBuild", "-verbosity:quiet", "-nologo", "-p:Configuration=Release"])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root.FullName,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        var said = await output + await error;
        Assert.True(process.ExitCode == 0, said);
        Assert.Contains("building the map and the GraphiQL explorer with npm", said, StringComparison.Ordinal);
    }
}
