using System.Globalization;
using RareGraph.Analysis.Projection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The per-type step weight and allowed arc directions of one query, as flat arrays indexed by the type's numeric value.
/// </summary>
internal sealed class SpilloverWeights
{
    /// <summary>Bit 0: the stored direction may be walked; bit 1: the reverse may.</summary>
    internal const byte ForwardBit = FlowBits.Forward;
    internal const byte BackwardBit = FlowBits.Backward;

    /// <summary>Negative, so a blocked arc's product is below any minScore (which is positive).</summary>
    internal const double BlockedFactor = -1.0;

    private static readonly int TypeCount = Enum.GetValues<RelationshipType>().Length;

    private SpilloverWeights(double[] weights, byte[] directions)
    {
        Weights = weights;
        Directions = directions;
        ArcFactors = new double[byte.MaxValue + 1];
        for (var trait = 0; trait < ArcFactors.Length; trait++)
        {
            var type = trait & ArcLayout.TypeMask;
            var bit = (trait & ArcLayout.ReversedBit) == 0 ? ForwardBit : BackwardBit;
            var open = type < TypeCount && (directions[type] & bit) != 0 && (trait & ArcLayout.TargetIsThreatBit) == 0;
            ArcFactors[trait] = open ? weights[type] : BlockedFactor;
        }

        MaxArcFactor = ArcFactors.Max();
    }

    public static SpilloverWeights Defaults { get; } = Create(null);

    public double[] Weights { get; }

    public byte[] Directions { get; }

    /// <summary>
    /// The step weight of an arc by its whole trait byte (see <see cref="ArcLayout"/>), or <see cref="BlockedFactor"/> when
    /// that direction carries no spill-over or the arc leads to a threat: any score times it falls below every floor.
    /// </summary>
    public double[] ArcFactors { get; }

    /// <summary>The largest of <see cref="ArcFactors"/>.</summary>
    public double MaxArcFactor { get; }

    /// <summary>Applies <paramref name="overrides"/> to the model's defaults, rejecting what the model forbids.</summary>
    public static SpilloverWeights Create(IReadOnlyList<WeightOverride>? overrides)
    {
        var weights = new double[TypeCount];
        var directions = new byte[TypeCount];
        foreach (var info in RelationshipRules.All)
        {
            var index = (int)info.Type;
            weights[index] = info.DefaultWeight;
            directions[index] = FlowBits.Of(info.Flow);
        }

        if (overrides is null)
        {
            return new SpilloverWeights(weights, directions);
        }

        var seen = new bool[TypeCount];
        for (var i = 0; i < overrides.Count; i++)
        {
            var entry = overrides[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"weights.{i}");
            if (entry is null || !Enum.IsDefined(entry.Type))
            {
                throw RareGraphException.Validation($"{prefix}.type", "Unknown relationship type.");
            }

            var typeName = EnumNames.ToUpperSnake(entry.Type.ToString());
            if (RelationshipRules.For(entry.Type).Flow == FlowDirection.None)
            {
                throw RareGraphException.Validation(
                    $"{prefix}.type", $"{typeName} carries no spill-over, so it has no weight to override.");
            }

            if (seen[(int)entry.Type])
            {
                throw RareGraphException.Validation($"{prefix}.type", $"{typeName} is given more than one weight.");
            }

            if (!(entry.Weight >= 0 && entry.Weight <= 1))
            {
                throw RareGraphException.Validation(
                    $"{prefix}.weight", $"The weight of {typeName} must be between 0 and 1 (0 switches it off).");
            }

            seen[(int)entry.Type] = true;
            weights[(int)entry.Type] = entry.Weight;
        }

        return new SpilloverWeights(weights, directions);
    }
}
