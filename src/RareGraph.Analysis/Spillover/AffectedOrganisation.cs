namespace RareGraph.Analysis.Spillover;

/// <summary>One organisation reached by a threat's spill-over, with the path that explains its score.</summary>
public sealed record AffectedOrganisation(
    string OrganisationKey,
    double Score,
    int Hops,
    bool CrossBorder,
    SpilloverPath Path);
