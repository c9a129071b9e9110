using RareGraph.Domain.Model;

namespace RareGraph.Interchange.Export;

/// <summary>Which entities and relationships an export (or an impact export) includes, from its arguments.</summary>
/// <remarks>
/// Exports hold the whole graph the caller may read: the spill-over network and the alliance's own work (programmes,
/// camps, campaigns, action items and their links). Who attended which camp or programme (PARTICIPATES_IN) is in a file
/// only when <c>attendance</c> is allowed (EDITOR and up, the rule GraphQL applies); otherwise those relationships are
/// left out entirely, since a file leaves the server's role checks behind.
/// </remarks>
internal sealed class ExportScope(
    DateOnly? at,
    IReadOnlySet<RelationshipType>? types,
    IReadOnlySet<OrganisationKind>? kinds,
    double minConfidence,
    bool attendance,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? only = null)
{
    public bool Includes(Entity entity) =>
        (only is null || only.ContainsKey(entity.Key))
        && (at is null || entity.IsValidOn(at.Value))
        && (entity.Confidence ?? 1.0) >= minConfidence
        && (kinds is null || entity is not Organisation organisation || kinds.Contains(organisation.Kind));

    public bool Includes(Relationship relationship) =>
        (attendance || relationship.Type != RelationshipType.ParticipatesIn)
        && (types is null || types.Contains(relationship.Type))
        && (at is null || relationship.IsValidOn(at.Value))
        && (relationship.Confidence ?? 1.0) >= minConfidence;

    /// <summary>
    /// Whether <paramref name="relationship"/> places its <c>from</c> in a jurisdiction (for the node's country): where
    /// an organisation or defender is based, where an event occurred, where a camp was held.
    /// </summary>
    public bool Places(Relationship relationship) =>
        relationship.Type is RelationshipType.BasedIn or RelationshipType.OccurredIn or RelationshipType.HeldIn
        && (at is null || relationship.IsValidOn(at.Value));
}
