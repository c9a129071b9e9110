using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

/// <summary>An explaining path: node keys and relationship identities in walk order, with its score.</summary>
internal sealed record PathView(IReadOnlyList<string> NodeKeys, IReadOnlyList<RelationshipKey> Relationships, double Score, int Hops);

/// <summary>A threat's impact; <see cref="Affected"/> makes each entry's view when it is first read.</summary>
internal sealed record ImpactReportView(string ThreatKey, DateOnly At, IReadOnlyList<AffectedView> Affected);

internal sealed record ExposureView(string ThreatKey, double Score, int Hops, PathView Path);

internal sealed record DiffusionView(string ThreatKey, IReadOnlyList<DiffusionLinkView> Ancestors, IReadOnlyList<DiffusionLinkView> Descendants);

/// <summary>A threat reached through lineage links: how far, how many days after (negative: before), through which links and countries.</summary>
internal sealed record DiffusionLinkView(
    string ThreatKey,
    int Depth,
    int LagDays,
    IReadOnlyList<RelationshipType> Via,
    IReadOnlyList<string> JurisdictionKeys,
    IReadOnlyList<string> PathKeys);

internal sealed record AllianceView(
    DateOnly At,
    IReadOnlyList<AllianceMemberView> Members,
    IReadOnlyList<AllianceGroupView> Components,
    IReadOnlyList<AllianceGroupView> Communities,
    double Modularity);

internal sealed record AllianceMemberView(
    string Key,
    int Degree,
    double PageRank,
    double Betweenness,
    bool IsArticulationPoint,
    int ComponentId,
    int CommunityId);

internal sealed record AllianceGroupView(int Id, IReadOnlyList<string> MemberKeys);
