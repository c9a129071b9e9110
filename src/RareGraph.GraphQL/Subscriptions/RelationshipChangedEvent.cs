using RareGraph.Domain.ChangeFeed;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>The source of one <c>relationshipChanged</c> payload.</summary>
internal sealed record RelationshipChangedEvent(RelationshipEvent Change, long Version);
