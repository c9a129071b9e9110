namespace RareGraph.GraphQL.Subscriptions;

/// <summary>The source of one <c>coverageGap</c> payload: a body the event affects that no active campaign advocates to any more (or yet).</summary>
internal sealed record CoverageGapEvent(string ThreatKey, string BodyKey, double Score, int Hops, long Version);
