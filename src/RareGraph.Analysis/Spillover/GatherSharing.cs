using RareGraph.Analysis.Parallelism;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// How a gathering layer is shared: cut into chunks of about <see cref="EntriesPerChunk"/> inflow entries, run by the
/// calling thread and, when it can be taken, <see cref="Helper"/>.
/// </summary>
/// <remarks>
/// 16,384 entries (about 40 µs of work) give the 1M-relationship benchmark graph about 90 chunks a layer: few enough
/// that taking one costs nothing measurable, small enough that a chunk the caller takes back from a descheduled
/// helper costs little.
/// </remarks>
internal sealed record GatherSharing(int EntriesPerChunk, ChunkHelper? Helper)
{
    public const int DefaultEntriesPerChunk = 16_384;

    /// <summary>
    /// The <see cref="AppContext"/> switch (runtimeconfig <c>configProperties</c>) that, set to true, shares gathering
    /// layers with the process's helper. Off by default: on the 2-core benchmark machine of stop 26 the gathering pass
    /// is bound by memory, and over different queries one after another the helper cost 8 ms more processor time per
    /// query for no gain by the clock (docs/benchmarks.md, fifth round).
    /// </summary>
    public const string SwitchName = "RareGraph.Analysis.ShareGatheringLayers";

    private static readonly GatherSharing Default = new(
        DefaultEntriesPerChunk, AppContext.TryGetSwitch(SwitchName, out var share) && share ? ChunkHelper.Shared : null);

    [ThreadStatic]
    private static GatherSharing? t_override;

    /// <summary>The calling thread's sharing: the process's default, unless a test or benchmark chose otherwise for this thread.</summary>
    public static GatherSharing Current => t_override ?? Default;

    /// <summary>For tests: the sharing of the calling thread's propagations until set back to null.</summary>
    public static GatherSharing? ThreadOverride
    {
        get => t_override;
        set => t_override = value;
    }
}
