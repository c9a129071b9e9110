using RareGraph.Analysis.AllianceWork;

namespace RareGraph.GraphQL.Analysis;

/// <summary>One camp period of a programme's network growth, with how many took part in its camp.</summary>
internal sealed record GrowthPeriodView(GrowthPeriod Period, int ParticipantCount);
