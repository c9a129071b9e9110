using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>The knobs of an impact query; defaults are those of the spill-over model.</summary>
public sealed record ImpactOptions
{
    public const int DefaultMaxHops = 4;
    public const double DefaultMinScore = 0.05;

    /// <summary>Longest path considered, 1..8.</summary>
    public int MaxHops { get; init; } = DefaultMaxHops;

    /// <summary>Smallest score listed, in (0, 1].</summary>
    public double MinScore { get; init; } = DefaultMinScore;

    /// <summary>The date at which relationships must be valid; null means the threat's own date.</summary>
    public DateOnly? At { get; init; }

    /// <summary>
    /// Relationships and entities with a lower confidence do not exist for this answer (0, the default, keeps all; no
    /// recorded confidence counts as 1).
    /// </summary>
    public double MinConfidence { get; init; } = ConfidenceThreshold.Default;

    /// <summary>Weight overrides, each in [0, 1], only for types that carry spill-over; a type may appear once.</summary>
    public IReadOnlyList<WeightOverride>? Weights { get; init; }

    /// <summary>When non-empty, only organisations of these kinds are listed (propagation still passes through all).</summary>
    public IReadOnlyCollection<OrganisationKind>? Kinds { get; init; }

    /// <summary>Forces every propagation layer one way (tests and benchmarks); the answer does not depend on it.</summary>
    internal LayerDirection Direction { get; init; }
}
