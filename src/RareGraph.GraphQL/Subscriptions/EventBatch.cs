using RareGraph.Domain.ChangeFeed;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>
/// The events the subscription registry handles in one pass, with what several listeners need looked up once: for each recorded threat,
/// the keys it is tied to by OCCURRED_IN or TARGETS (its jurisdictions, and whatever it targets).
/// </summary>
internal sealed record EventBatch(IReadOnlyList<GraphEvent> Events, IReadOnlyDictionary<string, IReadOnlySet<string>> ThreatPlaces)
{
    public long LatestVersion => Events.Count == 0 ? -1 : Events.Max(e => e.Version);
}
