using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace RareGraph.Benchmarks.Http;

/// <summary>
/// Reads one HTTP/1.1 response at a time from a keep-alive socket: the status line, the headers it needs
/// (Content-Length, Transfer-Encoding: chunked) and the body, which it measures and keeps only when asked.
/// </summary>
internal sealed class ResponseReader(Socket socket)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _filled;

    /// <summary>The body length of the last response read (decoded length when chunked).</summary>
    public int LastBodyLength { get; private set; }

    public async Task<(int Status, byte[]? Body)> ReadAsync(bool keepBody)
    {
        var headerEnd = await FillUntilAsync(0, HeaderEnd);
        var head = Encoding.ASCII.GetString(_buffer, 0, headerEnd);
        var status = int.Parse(head.AsSpan(9, 3), CultureInfo.InvariantCulture);
        var lines = head.Split("\r\n");
        var length = lines.FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var chunked = lines.Any(l => l.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && l.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        var body = keepBody ? new List<byte>() : null;
        int end;
        if (chunked)
        {
            var position = headerEnd;
            var total = 0;
            while (true)
            {
                var lineEnd = await FillUntilAsync(position, LineEnd);
                var size = int.Parse(Encoding.ASCII.GetString(_buffer, position, lineEnd - 2 - position).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                position = lineEnd;
                await FillAsync(position + size + 2);
                body?.AddRange(_buffer.AsSpan(position, size));
                total += size;
                position += size + 2;
                if (size == 0)
                {
                    break;
                }
            }

            LastBodyLength = total;
            end = position;
        }
        else
        {
            var size = length is null ? 0 : int.Parse(length.AsSpan("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
            await FillAsync(headerEnd + size);
            body?.AddRange(_buffer.AsSpan(headerEnd, size));
            LastBodyLength = size;
            end = headerEnd + size;
        }

        // One request in flight per connection: whatever follows belongs to no response; keep it for safety.
        Buffer.BlockCopy(_buffer, end, _buffer, 0, _filled - end);
        _filled -= end;
        return (status, body?.ToArray());
    }

    /// <summary>The index just past "\r\n\r\n", or −1.</summary>
    private static int HeaderEnd(ReadOnlySpan<byte> data, int from)
    {
        var at = data[from..].IndexOf("\r\n\r\n"u8);
        return at < 0 ? -1 : from + at + 4;
    }

    /// <summary>The index just past the next "\r\n", or −1.</summary>
    private static int LineEnd(ReadOnlySpan<byte> data, int from)
    {
        var at = data[from..].IndexOf("\r\n"u8);
        return at < 0 ? -1 : from + at + 2;
    }

    private async Task<int> FillUntilAsync(int from, Func<ReadOnlySpan<byte>, int, int> find)
    {
        while (true)
        {
            var found = find(_buffer.AsSpan(0, _filled), from);
            if (found >= 0)
            {
                return found;
            }

            await ReceiveMoreAsync();
        }
    }

    private async Task FillAsync(int needed)
    {
        while (_filled < needed)
        {
            await ReceiveMoreAsync();
        }
    }

    private async Task ReceiveMoreAsync()
    {
        if (_filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await socket.ReceiveAsync(_buffer.AsMemory(_filled), SocketFlags.None);
        if (read == 0)
        {
            throw new IOException("The server closed the connection in the middle of a response.");
        }

        _filled += read;
    }
}
