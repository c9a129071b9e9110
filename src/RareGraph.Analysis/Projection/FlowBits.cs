using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Projection;

/// <summary>Which ways along a relationship spill-over may flow, as two bits: the stored way and the reverse way.</summary>
internal static class FlowBits
{
    public const byte Forward = 1;
    public const byte Backward = 2;

    public static byte Of(FlowDirection flow) => flow switch
    {
        FlowDirection.Forward => Forward,
        FlowDirection.Backward => Backward,
        FlowDirection.Both => Forward | Backward,
        _ => 0,
    };
}
