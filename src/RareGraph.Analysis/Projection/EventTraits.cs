using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Projection;

/// <summary>What the analyses need to know of an event beyond its date, packed in one byte per node (0 for non-events).</summary>
internal static class EventTraits
{
    private const int PrecisionMask = 0x03;
    private const int ProtectiveBit = 0x04;

    public static byte Of(Threat threat) =>
        (byte)((int)threat.DatePrecision | (threat.Polarity == EventPolarity.Protective ? ProtectiveBit : 0));

    public static DatePrecision Precision(byte traits) => (DatePrecision)(traits & PrecisionMask);

    public static EventPolarity Polarity(byte traits) =>
        (traits & ProtectiveBit) != 0 ? EventPolarity.Protective : EventPolarity.Restrictive;
}
