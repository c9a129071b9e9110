using System.Diagnostics;
using System.Text;

namespace RareGraph.EndToEnd.Tests.Infrastructure;

/// <summary>Runs <c>node tests/e2e/&lt;script&gt;</c> with a time limit, killing the whole process tree on timeout.</summary>
internal static class NodeTool
{
    public static async Task<NodeToolResult> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = E2eEnvironment.ToolsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(errors, $"Killed after {timeout.TotalSeconds:0} s.");
            return new NodeToolResult(-1, Read(output), Read(errors));
        }

        // WaitForExitAsync returns only after the redirected streams reach their end, so no output line is lost.
        return new NodeToolResult(process.ExitCode, Read(output), Read(errors));
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
