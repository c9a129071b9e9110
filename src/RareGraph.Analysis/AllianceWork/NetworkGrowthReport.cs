namespace RareGraph.Analysis.AllianceWork;

/// <summary>How a programme's network grew, camp period by camp period.</summary>
/// <param name="Members">How many defenders and organisations make up the network.</param>
/// <param name="Baseline">Ties of the network valid on the day before the first camp.</param>
/// <param name="Periods">One per dated camp, in date order.</param>
public sealed record NetworkGrowthReport(int Members, int Baseline, IReadOnlyList<GrowthPeriod> Periods);
