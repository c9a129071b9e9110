namespace RareGraph.Analysis.Projection;

/// <summary>
/// The minimum confidence every analysis takes: relationships and entities less sure than it do not exist for that
/// answer (<see cref="GraphProjection.WithMinConfidence"/>); a missing confidence counts as 1, a documented fact.
/// </summary>
public static class ConfidenceThreshold
{
    /// <summary>Every fact counts, however unsure: the default of every analysis and of its GraphQL argument.</summary>
    public const double Default = 0;
}
