namespace RareGraph.Domain.Writing;

using RareGraph.Domain.Model;

public sealed record ExclusiveOutgoing(string EntityKey, IReadOnlySet<RelationshipType> Types);
