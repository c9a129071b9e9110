using System.Globalization;

namespace RareGraph.Benchmarks.Measurement;

/// <summary>
/// The processor time of the calling thread, in nanoseconds, from Linux's per-thread scheduler statistics. On a shared
/// machine a query's wall-clock time includes the time other tenants held the core; the time its own thread ran does
/// not, so it is the figure to compare between runs at different loads.
/// </summary>
internal static class ThreadProcessorTime
{
    /// <summary>The first field of this file is the thread's time on a processor, in nanoseconds.</summary>
    private const string SchedStat = "/proc/thread-self/schedstat";

    /// <summary>False where the statistics cannot be read (not Linux, or scheduler statistics off).</summary>
    public static bool IsAvailable { get; } = Read() > 0;

    /// <summary>The calling thread's processor time so far, in nanoseconds, or 0 when unavailable.</summary>
    public static long Read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        try
        {
            var text = File.ReadAllText(SchedStat);
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            return long.TryParse(text.AsSpan(0, end < 0 ? text.Length : end), NumberStyles.None, CultureInfo.InvariantCulture, out var ns) ? ns : 0;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
