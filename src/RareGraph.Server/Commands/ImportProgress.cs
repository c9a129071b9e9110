using System.Diagnostics;
using System.Globalization;

namespace RareGraph.Server.Commands;

/// <summary>
/// The import's progress line on a terminal: rows read so far and the rate, rewritten in place on stderr at most ten
/// times a second. Nothing when stderr is redirected, so a log or a pipe gets only the final line.
/// </summary>
internal sealed class ImportProgress : IProgress<long>, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _shown = -Interval;
    private bool _written;

    private ImportProgress()
    {
    }

    public static ImportProgress? OnTerminal() => Console.IsErrorRedirected ? null : new ImportProgress();

    public void Report(long value)
    {
        var now = _clock.Elapsed;
        if (now - _shown < Interval)
        {
            return;
        }

        _shown = now;
        _written = true;
        var rate = value / Math.Max(now.TotalSeconds, 0.001);
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rimporting: {value:N0} rows read ({rate:N0} rows/s, {now.TotalSeconds:N1} s)   "));
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
