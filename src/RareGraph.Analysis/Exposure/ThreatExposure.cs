using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.Exposure;

/// <summary>
/// One recorded threat whose spill-over reaches the organisation, with the numbers the threat's own impact report gives
/// for it (at the threat's date, default weights).
/// </summary>
public sealed record ThreatExposure(
    string ThreatKey,
    DateOnly At,
    double Score,
    int Hops,
    bool CrossBorder,
    SpilloverPath Path);
