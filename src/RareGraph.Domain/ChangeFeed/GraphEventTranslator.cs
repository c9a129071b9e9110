using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.Domain.ChangeFeed;

/// <summary>Turns an applied <see cref="GraphChange"/> into the keys-only <see cref="GraphEvent"/> subscribers see.</summary>
internal static class GraphEventTranslator
{
    public static GraphEvent From(GraphChange change, string origin)
    {
        var threats = change.Entities
            .Where(c => c.Before is null && c.After is Threat)
            .Select(c => c.After!.Key)
            .ToList();
        var relationships = change.Relationships
            .Select(c => (c.After ?? c.Before) is { } r ? new RelationshipEvent(r.FromKey, r.Type, r.ToKey, KindOf(c)) : null)
            .OfType<RelationshipEvent>()
            .ToList();

        // A write that changed only entity fields still moves the version; other replicas need that to refresh.
        return new GraphEvent(origin, change.Version, threats, relationships);
    }

    private static RelationshipChangeKind KindOf(Change<Relationship> change) =>
        change.Before is null ? RelationshipChangeKind.Created
        : change.After is null ? RelationshipChangeKind.Deleted
        : RelationshipChangeKind.Updated;
}
