namespace RareGraph.GraphQL.Analysis;

internal sealed record AllianceView(
    DateOnly At,
    IReadOnlyList<AllianceMemberView> Members,
    IReadOnlyList<AllianceGroupView> Components,
    IReadOnlyList<AllianceGroupView> Communities,
    double Modularity);
