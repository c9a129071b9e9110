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

    [ThreadStatic]
    private static GatherSharing? t_override;

    /// <summary>The calling thread's sharing: the process's helper, unless a test chose otherwise for this thread.</summary>
    public static GatherSharing Current => t_override ?? new GatherSharing(DefaultEntriesPerChunk, ChunkHelper.Shared);

    /// <summary>For tests: the sharing of the calling thread's propagations until set back to null.</summary>
    public static GatherSharing? ThreadOverride
    {
        get => t_override;
        set => t_override = value;
    }
}
