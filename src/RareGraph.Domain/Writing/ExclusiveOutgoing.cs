using RareGraph.Domain.Model;

namespace RareGraph.Domain.Writing;

public sealed record ExclusiveOutgoing(string EntityKey, IReadOnlySet<RelationshipType> Types);
