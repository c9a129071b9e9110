namespace RareGraph.Analysis.Projection;

/// <summary>The finished arrays handed from <see cref="GraphProjectionBuilder"/> to <see cref="GraphProjection"/>.</summary>
internal sealed record ProjectionArrays(
    string[] Keys,
    KeyIndex Ids,
    byte[] Labels,
    byte[] Kinds,
    int[] NodeDays,
    int[] NodeValidFrom,
    int[] NodeValidTo,
    double[] NodeConfidence,
    byte[] EventTraits,
    int[] EdgeFrom,
    int[] EdgeTo,
    byte[] EdgeTypes,
    double[] EdgeStrengths,
    int[] EdgeValidFrom,
    int[] EdgeValidTo,
    double[]? EdgeConfidence,
    int[] ArcOffsets,
    int[] Arcs);
