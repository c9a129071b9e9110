using System.ComponentModel.DataAnnotations;

namespace RareGraph.GraphQL.Execution;

/// <summary>
/// Bounds on what one request may ask for (<c>RareGraph:Limits</c>). Exceeding any is a LIMIT_EXCEEDED error, decided
/// before execution.
/// </summary>
public sealed class ExecutionLimits
{
    public const string SectionName = "RareGraph:Limits";

    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxDepth must be a positive number.")]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Estimated cost: each field costs 1, multiplied by the page sizes of the lists above it.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxComplexity must be a positive number.")]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>The largest request body, in bytes; a larger one is refused with 413.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxRequestBytes must be a positive number of bytes.")]
    public int MaxRequestBytes { get; set; } = 1_048_576;

    /// <summary>How long one operation may run before it is cancelled.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "RareGraph:Limits:Timeout must be between 00:00:00.001 and 01:00:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
