using RareGraph.Domain.Model;

namespace RareGraph.Interchange.Export;

/// <summary>Which entities and relationships an export (or an impact export) includes, from its arguments.</summary>
/// <remarks>
/// Exports are the spill-over network (jurisdictions, organisations, defenders, threats and their relationships). The
/// alliance's own work — programmes, camps, campaigns, action items and their links — is never in them: who attended
/// which camp is for editors only, and a file leaves the server's role checks behind.
/// </remarks>
internal sealed class ExportScope(
    DateOnly? at,
    IReadOnlySet<RelationshipType>? types,
    IReadOnlySet<OrganisationKind>? kinds,
    double minConfidence,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? only = null)
{
    public bool Includes(Entity entity) =>
        !EntityLabels.IsAllianceWork(entity.Label)
        && (only is null || only.ContainsKey(entity.Key))
        && (at is null || entity.IsValidOn(at.Value))
        && (entity.Confidence ?? 1.0) >= minConfidence
        && (kinds is null || entity is not Organisation organisation || kinds.Contains(organisation.Kind));

    public bool Includes(Relationship relationship) =>
        !RelationshipRules.For(relationship.Type).IsAllianceWork
        && (types is null || types.Contains(relationship.Type))
        && (at is null || relationship.IsValidOn(at.Value))
        && (relationship.Confidence ?? 1.0) >= minConfidence;

    /// <summary>Whether <paramref name="relationship"/> places its <c>from</c> in a jurisdiction (for the node's country).</summary>
    public bool Places(Relationship relationship) =>
        relationship.Type is RelationshipType.BasedIn or RelationshipType.OccurredIn
        && (at is null || relationship.IsValidOn(at.Value));
}
