using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

/// <summary>A coverage question; <see cref="At"/> null means today, <see cref="Kinds"/> null all three advocacy targets.</summary>
internal sealed record CoverageArguments(
    string ThreatKey,
    DateOnly? At,
    double MinConfidence,
    int MaxHops,
    double MinScore,
    IReadOnlySet<OrganisationKind>? Kinds);
