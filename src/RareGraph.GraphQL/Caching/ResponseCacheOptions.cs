using System.ComponentModel.DataAnnotations;

namespace RareGraph.GraphQL.Caching;

/// <summary>
/// Bounds of the response cache (<c>RareGraph:ResponseCache</c>): complete answers to read-only queries, kept for the
/// newest graph version only. A dashboard that asks the same question again and again is answered without executing it.
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "RareGraph:ResponseCache";

    /// <summary>How many answers are kept for the current graph version; 0 turns the cache off.</summary>
    [Range(0, 1_000_000, ErrorMessage = "RareGraph:ResponseCache:Entries must be between 0 and 1000000.")]
    public int Entries { get; set; } = 1_000;

    /// <summary>An answer larger than this many bytes is sent but not kept.</summary>
    [Range(1, 64 * 1024 * 1024, ErrorMessage = "RareGraph:ResponseCache:MaxResponseBytes must be between 1 and 67108864.")]
    public int MaxResponseBytes { get; set; } = 256 * 1024;

    /// <summary>The bytes all kept answers may hold together; past it, answers are sent but not kept.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:ResponseCache:MaxTotalBytes must be a positive number of bytes.")]
    public int MaxTotalBytes { get; set; } = 32 * 1024 * 1024;
}
