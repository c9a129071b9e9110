namespace RareGraph.GraphQL.Execution;

/// <summary>Bounds on what one request may ask for. Exceeding any is a LIMIT_EXCEEDED error, decided before execution.</summary>
public sealed class ExecutionLimits
{
    public int MaxDepth { get; set; } = 15;

    /// <summary>Estimated cost: each field costs 1, multiplied by the page sizes of the lists above it.</summary>
    public int MaxComplexity { get; set; } = 50_000;

    public int MaxRequestBytes { get; set; } = 1_048_576;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
