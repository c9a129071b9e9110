namespace RareGraph.GraphQL.Subscriptions;

/// <summary>The source of one <c>threatRecorded</c> payload.</summary>
internal sealed record ThreatRecordedEvent(string ThreatKey, long Version);
