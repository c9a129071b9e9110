using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

/// <summary>An explaining path: node keys and relationship identities in walk order, with its score.</summary>
internal sealed record PathView(IReadOnlyList<string> NodeKeys, IReadOnlyList<RelationshipKey> Relationships, double Score, int Hops);
