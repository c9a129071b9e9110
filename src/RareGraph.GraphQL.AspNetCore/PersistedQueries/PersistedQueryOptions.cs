using System.ComponentModel.DataAnnotations;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

/// <summary>The <c>RareGraph:PersistedQueries</c> section.</summary>
public sealed class PersistedQueryOptions
{
    public const string SectionName = "RareGraph:PersistedQueries";

    /// <summary>
    /// Accept only the documents listed in <see cref="TrustedDocumentsPath"/> (sent by hash, or in full): for production,
    /// where the clients are known and ad-hoc queries are not wanted. Automatic registration is then off.
    /// </summary>
    public bool TrustedOnly { get; set; }

    /// <summary>
    /// A JSON object mapping each document's SHA-256 (hex, optionally prefixed <c>sha256:</c>) to its text — the
    /// persisted-documents manifest that client build tools emit. Each hash is checked against its text at start.
    /// </summary>
    public string? TrustedDocumentsPath { get; set; }

    /// <summary>How long an automatically registered document stays in the cache after its last use.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ErrorMessage = "RareGraph:PersistedQueries:SlidingExpiration must be between 00:00:01 and 365.00:00:00.")]
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// The most automatically registered documents may hold together, in UTF-8 bytes (16 MiB by default); when full, the
    /// least recently used make room. They are kept apart from the analysis cache.
    /// </summary>
    [Range(typeof(long), "1", "9223372036854775807", ErrorMessage = "RareGraph:PersistedQueries:MaxRegisteredBytes must be a positive number of bytes.")]
    public long MaxRegisteredBytes { get; set; } = 16L * 1024 * 1024;
}
