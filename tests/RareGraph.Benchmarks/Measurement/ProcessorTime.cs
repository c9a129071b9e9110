using System.Diagnostics;

namespace RareGraph.Benchmarks.Measurement;

/// <summary>
/// The processor time the whole process spent during a phase, every thread (the garbage collector's too). On a shared
/// machine wall-clock time measures the other tenants as much as the code; processor time much less so, which makes
/// it the figure to compare between runs taken at different loads.
/// </summary>
internal readonly struct ProcessorTime
{
    private readonly TimeSpan _start;

    private ProcessorTime(TimeSpan start) => _start = start;

    public static ProcessorTime Start() => new(Process.GetCurrentProcess().TotalProcessorTime);

    public double Seconds => (Process.GetCurrentProcess().TotalProcessorTime - _start).TotalSeconds;
}
