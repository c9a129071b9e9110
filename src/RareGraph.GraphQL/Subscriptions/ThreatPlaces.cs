using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>
/// For each threat, the keys it is tied to by OCCURRED_IN or TARGETS, read from the store after the write committed —
/// so a replica that only heard the threat's key filters it the same way as the replica that wrote it.
/// </summary>
internal static class ThreatPlaces
{
    private static readonly RelationshipType[] PlaceTypes = [RelationshipType.OccurredIn, RelationshipType.Targets];

    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> LoadAsync(
        IGraphStore store, IEnumerable<string> threatKeys, CancellationToken cancellationToken)
    {
        var threats = threatKeys.Distinct(StringComparer.Ordinal).ToList();
        var places = threats.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        if (threats.Count > 0)
        {
            foreach (var relationship in await store.GetRelationshipsOfAsync(threats, RelationshipDirection.Outgoing, PlaceTypes, cancellationToken))
            {
                places[relationship.FromKey].Add(relationship.ToKey);
            }
        }

        return places.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }
}
