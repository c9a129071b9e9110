using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using RareGraph.EndToEnd.Tests.Infrastructure;

namespace RareGraph.EndToEnd.Tests.Realtime;

/// <summary>
/// Runs <c>tests/e2e/subscribe.mjs</c> (the npm graphql-ws client) as a live subscriber and reads its events line by
/// line while the test goes on writing.
/// </summary>
internal sealed class NodeSubscriber : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly System.Text.StringBuilder _errors = new();

    public NodeSubscriber(string url, string apiKey, int count, string query, JsonObject? variables = null)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = E2eEnvironment.ToolsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "subscribe.mjs", url, apiKey, count.ToString(System.Globalization.CultureInfo.InvariantCulture), "60000", query, variables?.ToJsonString() ?? "{}" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => _ = e.Data is null ? _lines.Writer.TryComplete() : _lines.Writer.TryWrite(e.Data);
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Waits for the line starting with <paramref name="prefix"/>; returns the rest of it.</summary>
    public async Task<string> WaitForAsync(string prefix, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(limit.Token))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    if (line.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return line[prefix.Length..].Trim();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No '{prefix}' from subscribe.mjs within {timeout.TotalSeconds:0} s. stderr: {Errors}");
        }

        Assert.Fail($"subscribe.mjs ended before '{prefix}'. stderr: {Errors}");
        return "";
    }

    public async Task<JsonObject> NextAsync(TimeSpan timeout) => JsonNode.Parse(await WaitForAsync("NEXT ", timeout))!.AsObject();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
