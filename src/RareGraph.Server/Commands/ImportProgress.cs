using System.Diagnostics;
using System.Globalization;

namespace RareGraph.Server.Commands;

/// <summary>
/// The import's progress on stderr: rows read so far and the rate. On a terminal one line rewritten in place at most ten
/// times a second; when stderr is redirected nothing, so a log or a pipe gets only the final line, unless
/// <c>--progress</c> asks for a line a second there (a long import run by a scheduler shows in its log that it moves).
/// </summary>
internal sealed class ImportProgress : IProgress<long>, IDisposable
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _interval;
    private readonly bool _inPlace;
    private TimeSpan _shown;
    private bool _written;

    private ImportProgress(TimeSpan interval, bool inPlace)
    {
        _interval = interval;
        _inPlace = inPlace;
        _shown = -interval;
    }

    /// <summary>The progress for this process's stderr, or null when nobody would see it.</summary>
    public static ImportProgress? For(bool requestedWhenRedirected) =>
        !Console.IsErrorRedirected ? new ImportProgress(TerminalInterval, inPlace: true)
        : requestedWhenRedirected ? new ImportProgress(LogInterval, inPlace: false)
        : null;

    public void Report(long value)
    {
        var now = _clock.Elapsed;
        if (now - _shown < _interval)
        {
            return;
        }

        _shown = now;
        var rate = value / Math.Max(now.TotalSeconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture, $"importing: {value:N0} rows read ({rate:N0} rows/s, {now.TotalSeconds:N1} s)");
        if (_inPlace)
        {
            _written = true;
            Console.Error.Write("\r" + line + "   ");
        }
        else
        {
            Console.Error.WriteLine(line);
        }
    }

    /// <summary>Ends the progress line so that the summary starts on a line of its own.</summary>
    public void Finish()
    {
        if (_written)
        {
            Console.Error.WriteLine();
            _written = false;
        }
    }

    public void Dispose() => Finish();
}
