using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

/// <summary>A threat reached through lineage links: how far, how many days after (negative: before), through which links and countries.</summary>
internal sealed record DiffusionLinkView(
    string ThreatKey,
    int Depth,
    int LagDays,
    IReadOnlyList<RelationshipType> Via,
    IReadOnlyList<string> JurisdictionKeys,
    IReadOnlyList<string> PathKeys,
    DatePrecision LagPrecision = DatePrecision.Day);
