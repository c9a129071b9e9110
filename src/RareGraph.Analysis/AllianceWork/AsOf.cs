using RareGraph.Analysis.Projection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>
/// The graph as an alliance-work question sees it: on <see cref="At"/>, without anything less sure than
/// <see cref="MinConfidence"/> (a missing confidence counts as 1), as every analysis does.
/// </summary>
public sealed record AsOf
{
    /// <summary>The view on <paramref name="at"/> without anything less sure than <paramref name="minConfidence"/>.</summary>
    /// <exception cref="RareGraphException">VALIDATION (field minConfidence) outside [0, 1].</exception>
    public AsOf(DateOnly at, double minConfidence = ConfidenceThreshold.Default)
    {
        if (!(minConfidence >= 0 && minConfidence <= 1))
        {
            throw RareGraphException.Validation("minConfidence", "minConfidence must be between 0 and 1.");
        }

        At = at;
        MinConfidence = minConfidence;
    }

    public DateOnly At { get; }

    public double MinConfidence { get; }

    /// <summary>The entity exists on <see cref="At"/> and is sure enough.</summary>
    public bool Holds(Entity? entity) => entity is not null && SureEnough(entity.Confidence) && entity.IsValidOn(At);

    /// <summary>The relationship is valid on <see cref="At"/> and sure enough.</summary>
    public bool Holds(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return SureEnough(relationship.Confidence) && relationship.IsValidOn(At);
    }

    /// <summary>
    /// The relationship had begun by <see cref="At"/> and is sure enough: for what happened once (an attendance), whose
    /// validity may have ended since without undoing it.
    /// </summary>
    public bool HadBegun(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return SureEnough(relationship.Confidence) && (relationship.ValidFrom is null || relationship.ValidFrom.Value <= At);
    }

    /// <summary>The entity had come into existence by <see cref="At"/> and is sure enough.</summary>
    public bool HadBegun(Entity? entity) =>
        entity is not null && SureEnough(entity.Confidence) && (entity.ValidFrom is null || entity.ValidFrom.Value <= At);

    public bool SureEnough(double? confidence) => (confidence ?? 1.0) >= MinConfidence;
}
