using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RareGraph.TestSupport;

namespace RareGraph.EndToEnd.Tests.Hosting;

/// <summary>
/// The built server (<c>src/RareGraph.Server/bin/&lt;configuration&gt;</c>) as an operator runs it: its own process,
/// configured by environment variables, its stdout and stderr captured line by line.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-process", Guid.NewGuid().ToString("N"));

    private ServerProcess(IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> command)
    {
        Directory.CreateDirectory(_directory);
        Port = FreePort();
        // The content root is the build's folder, where appsettings.json is, as in the container image.
        var start = new ProcessStartInfo("dotnet", [ServerDll, .. command, "--contentRoot=" + Path.GetDirectoryName(ServerDll)!])
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = $"http://127.0.0.1:{Port}";
        start.Environment["RareGraph__Sqlite__Path"] = Path.Combine(_directory, "raregraph.db");
        start.Environment["RareGraph__DemoData"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["RareGraph__Security__CursorKey"] = Convert.ToBase64String(new byte[32]);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The server's build of the same configuration as these tests (Release under the test command).</summary>
    public static string ServerDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Debug"
                : "Release";
            return RepositoryRoot.Combine($"src/RareGraph.Server/bin/{configuration}/net10.0/RareGraph.Server.dll");
        }
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public IReadOnlyList<string> Stdout => _stdout.ToArray();

    public IReadOnlyList<string> Stderr => _stderr.ToArray();

    public bool HasExited => _process.HasExited;

    public static ServerProcess Start(IReadOnlyDictionary<string, string> environment) => new(environment, []);

    /// <summary>Runs a command of the server's executable (<c>import FILE</c>) instead of the server.</summary>
    public static ServerProcess Run(IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> command) => new(environment, command);

    /// <summary><c>kill -9</c>: SIGKILL, no chance to clean up; waits until the process is gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Waits for the process to end by itself (a refused start); the exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        // A hang guard, not a measurement: a refused start ends in about a second on an idle machine.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await _process.WaitForExitAsync(patience.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits until some line of stdout satisfies <paramref name="condition"/> (or the process ends).</summary>
    public async Task<bool> WaitForOutputAsync(Func<IReadOnlyList<string>, bool> condition)
    {
        for (var i = 0; i < 3_600 && !_process.HasExited; i++)
        {
            if (condition(Stdout))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition(Stdout);
    }

    /// <summary>
    /// Waits until the server accepts connections on its port (or the process ends). A store that is down logs its
    /// retries from a background service, which can run before Kestrel has bound its port on a loaded machine.
    /// </summary>
    public async Task<bool> WaitUntilListeningAsync()
    {
        for (var i = 0; i < 3_600 && !_process.HasExited; i++)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
