namespace RareGraph.Analysis.Budget;

/// <summary>
/// How much work one analysis may do: relationships examined, wall-clock time, and the caller's cancellation.
/// Exceeding the first two ends the analysis with LIMIT_EXCEEDED; cancellation surfaces as
/// <see cref="OperationCanceledException"/> (the caller left, nothing overran).
/// </summary>
public sealed record AnalysisBudget
{
    /// <summary>Generous enough for a 4-hop impact on millions of relationships, small enough to stop a runaway.</summary>
    public const long DefaultMaxVisitedEdges = 50_000_000;

    public static AnalysisBudget Unlimited { get; } = new() { MaxVisitedEdges = long.MaxValue, MaxDuration = null };

    /// <summary>How many arcs (relationship, direction) the analysis may examine in total.</summary>
    public long MaxVisitedEdges { get; init; } = DefaultMaxVisitedEdges;

    /// <summary>Wall-clock allowance from the start of the analysis; null for none.</summary>
    public TimeSpan? MaxDuration { get; init; } = TimeSpan.FromSeconds(10);

    public CancellationToken CancellationToken { get; init; }
}
