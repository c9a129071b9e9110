using System.Diagnostics;

namespace RareGraph.Benchmarks.Measurement;

/// <summary>
/// The process's peak working set (resident memory) over one phase. On Linux the kernel's high-water mark is reset by
/// writing 5 to <c>/proc/self/clear_refs</c>; where that is not possible the peak is the process's since it started,
/// and <see cref="Reset"/> says so.
/// </summary>
internal static class PeakWorkingSet
{
    /// <summary>Collects garbage and resets the high-water mark; false when the peak cannot be reset here.</summary>
    public static bool Reset()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Resident memory now, in MiB.</summary>
    public static double CurrentMiB()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>The high-water mark since the last <see cref="Reset"/>, in MiB.</summary>
    public static double PeakMiB()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
