using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Exposure;

/// <summary>The knobs of an exposure query; defaults are those of the spill-over model.</summary>
public sealed record ExposureOptions
{
    /// <summary>Smallest score listed, in (0, 1].</summary>
    public double MinScore { get; init; } = ImpactOptions.DefaultMinScore;

    /// <summary>Longest path considered, 1..8.</summary>
    public int MaxHops { get; init; } = ImpactOptions.DefaultMaxHops;

    /// <summary>
    /// Null: every event at its own date. A date: the exposure as it stood then — only events that had occurred by
    /// then, each evaluated on the graph as of that date.
    /// </summary>
    public DateOnly? At { get; init; }

    /// <summary>Relationships and entities with a lower confidence do not exist for this answer.</summary>
    public double MinConfidence { get; init; } = ConfidenceThreshold.Default;

    /// <summary>Which events count: restrictive ones (harm reaching the organisation) unless asked otherwise.</summary>
    public EventPolarity Polarity { get; init; } = EventPolarity.Restrictive;
}
