using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Paths;

/// <summary>A k-best-paths query between two entities (or from an event, through its seeds).</summary>
public sealed record PathOptions(string FromKey, string ToKey)
{
    public const int DefaultK = 3;
    public const int MaxK = 20;
    public const int DefaultMaxHops = 6;

    /// <summary>How many paths, 1..20.</summary>
    public int K { get; init; } = DefaultK;

    /// <summary>Longest path considered, 1..8.</summary>
    public int MaxHops { get; init; } = DefaultMaxHops;

    /// <summary>When non-empty, only relationships of these types are walked.</summary>
    public IReadOnlyCollection<RelationshipType>? Types { get; init; }

    /// <summary>The date at which relationships must be valid; null means the caller's today.</summary>
    public DateOnly? At { get; init; }

    /// <summary>
    /// False: walk only in the directions spill-over flows (so only types that carry it). True: walk every
    /// relationship (of the allowed types) either way, including TARGETS, OCCURRED_IN and lineage links.
    /// </summary>
    public bool Undirected { get; init; }

    /// <summary>Strongest first (the default) or fewest steps first.</summary>
    public PathRanking Ranking { get; init; } = PathRanking.Score;

    /// <summary>Relationships and entities with a lower confidence do not exist for this answer.</summary>
    public double MinConfidence { get; init; } = ConfidenceThreshold.Default;
}
