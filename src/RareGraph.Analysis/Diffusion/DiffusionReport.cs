namespace RareGraph.Analysis.Diffusion;

/// <summary>
/// "Who copied whom, and how fast": the threats a threat built on (<see cref="Ancestors"/>, following the stored
/// later-to-earlier links) and those that built on it (<see cref="Descendants"/>), each ordered by depth, then date,
/// then key.
/// </summary>
public sealed record DiffusionReport(
    string ThreatKey,
    DateOnly OccurredOn,
    IReadOnlyList<string> Jurisdictions,
    IReadOnlyList<DiffusionEntry> Ancestors,
    IReadOnlyList<DiffusionEntry> Descendants);
