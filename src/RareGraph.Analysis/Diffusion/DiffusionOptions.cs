using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Diffusion;

/// <summary>The knobs of a lineage trace.</summary>
public sealed record DiffusionOptions
{
    /// <summary>
    /// Null: the whole recorded history. A date: the lineage as it was known then — no event that occurred later, and
    /// no link or entity that began later. (What ended before it still counts: a repealed law was still copied.)
    /// </summary>
    public DateOnly? At { get; init; }

    /// <summary>Links and events with a lower confidence do not exist for this answer.</summary>
    public double MinConfidence { get; init; } = ConfidenceThreshold.Default;
}
