using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

internal sealed record ImpactArguments(
    string ThreatKey,
    int MaxHops,
    double MinScore,
    DateOnly? At,
    IReadOnlyList<(RelationshipType Type, double Weight)> Weights,
    IReadOnlySet<OrganisationKind>? Kinds,
    double MinConfidence = 0);
