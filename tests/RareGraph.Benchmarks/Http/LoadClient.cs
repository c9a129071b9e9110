using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RareGraph.Benchmarks.Http;

/// <summary>
/// A closed-loop HTTP/1.1 load generator over raw keep-alive sockets: each connection sends one prepared request, reads
/// the whole response (Content-Length or chunked), and sends the next. It parses only what it must, so the client costs
/// the same small amount per request whichever server answers, and both servers are driven by the same client.
/// </summary>
internal static class LoadClient
{
    /// <summary>
    /// Drives <paramref name="endpoint"/> with <paramref name="connections"/> connections for <paramref name="duration"/>.
    /// A response counts as good when its status is 200 and its body is exactly <paramref name="expectedBodyLength"/>
    /// bytes long (the answer checked beforehand), so a server that fails fast cannot look fast.
    /// </summary>
    public static async Task<LoadResult> RunAsync(IPEndPoint endpoint, byte[] request, int expectedBodyLength, int connections, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(() => DriveAsync(endpoint, request, expectedBodyLength, deadline))).ToArray();
        var counts = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoadResult(counts.Sum(c => c.Good), counts.Sum(c => c.Bad), elapsed);
    }

    /// <summary>Sends <paramref name="request"/> once and returns the status and body, for checking an answer before load.</summary>
    public static async Task<(int Status, string Body)> SendOnceAsync(IPEndPoint endpoint, byte[] request)
    {
        using var socket = await ConnectAsync(endpoint);
        var reader = new ResponseReader(socket);
        await socket.SendAsync(request, SocketFlags.None);
        var (status, body) = await reader.ReadAsync(keepBody: true);
        return (status, Encoding.UTF8.GetString(body!));
    }

    /// <summary>A POST of <paramref name="json"/> to <paramref name="path"/> with the given extra header lines.</summary>
    public static byte[] Post(IPEndPoint endpoint, string path, string json, params string[] headers)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var head = new StringBuilder()
            .Append("POST ").Append(path).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(endpoint).Append("\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append("Accept: application/graphql-response+json\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    private static async Task<(long Good, long Bad)> DriveAsync(IPEndPoint endpoint, byte[] request, int expectedBodyLength, long deadline)
    {
        using var socket = await ConnectAsync(endpoint);
        var reader = new ResponseReader(socket);
        long good = 0;
        long bad = 0;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            await socket.SendAsync(request, SocketFlags.None);
            var (status, _) = await reader.ReadAsync(keepBody: false);
            if (status == 200 && reader.LastBodyLength == expectedBodyLength)
            {
                good++;
            }
            else
            {
                bad++;
            }
        }

        return (good, bad);
    }

    private static async Task<Socket> ConnectAsync(IPEndPoint endpoint)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endpoint);
        return socket;
    }
}
