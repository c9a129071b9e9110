namespace RareGraph.GraphQL.Subscriptions;

/// <summary>The source of one <c>exposureAlert</c> payload: a threat whose impact on the organisation rose to the threshold.</summary>
internal sealed record ExposureAlertEvent(string OrganisationKey, string ThreatKey, double Score, int Hops, long Version);
