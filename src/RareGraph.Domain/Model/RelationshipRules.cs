namespace RareGraph.Domain.Model;

/// <summary>
/// The relationship table of the spill-over model v1 (<c>spillover-model.md</c>), as data, with the alliance's own work
/// (programmes, camps, campaigns, the action plan), which carries no spill-over. A campaign may also ADVOCATE_TO a body.
/// </summary>
public static class RelationshipRules
{
    private static readonly HashSet<EntityLabel> OrganisationOnly = [EntityLabel.Organisation];
    private static readonly HashSet<EntityLabel> JurisdictionOnly = [EntityLabel.Jurisdiction];
    private static readonly HashSet<EntityLabel> DefenderOnly = [EntityLabel.Defender];
    private static readonly HashSet<EntityLabel> ThreatOnly = [EntityLabel.Threat];
    private static readonly HashSet<EntityLabel> OrganisationOrDefender = [EntityLabel.Organisation, EntityLabel.Defender];

    private static readonly HashSet<EntityLabel> TargetLabels =
        [EntityLabel.Organisation, EntityLabel.Defender, EntityLabel.Jurisdiction];

    private static readonly HashSet<EntityLabel> AdvocateLabels = [EntityLabel.Organisation, EntityLabel.Campaign];
    private static readonly HashSet<EntityLabel> ProgrammeOnly = [EntityLabel.Programme];
    private static readonly HashSet<EntityLabel> CampOnly = [EntityLabel.Camp];
    private static readonly HashSet<EntityLabel> CampaignOnly = [EntityLabel.Campaign];
    private static readonly HashSet<EntityLabel> ActionItemOnly = [EntityLabel.ActionItem];
    private static readonly HashSet<EntityLabel> Gatherings = [EntityLabel.Programme, EntityLabel.Camp];
    private static readonly HashSet<EntityLabel> PartLabels = [EntityLabel.Camp, EntityLabel.Campaign, EntityLabel.ActionItem];
    private static readonly HashSet<EntityLabel> WholeLabels = [EntityLabel.Programme, EntityLabel.Campaign, EntityLabel.Camp];

    private static readonly HashSet<OrganisationKind> GoverningKinds = [OrganisationKind.Government, OrganisationKind.Parliament];

    private static readonly HashSet<OrganisationKind> AdvocacyTargets =
        [OrganisationKind.Government, OrganisationKind.Parliament, OrganisationKind.Multilateral];

    private static readonly Dictionary<RelationshipType, RelationshipTypeInfo> Table = new RelationshipTypeInfo[]
    {
        new(RelationshipType.AffiliatedWith, DefenderOnly, OrganisationOnly, FlowDirection.Both, 0.8),
        new(RelationshipType.MemberOf, OrganisationOnly, OrganisationOnly, FlowDirection.Both, 0.5),
        new(RelationshipType.PartnersWith, OrganisationOnly, OrganisationOnly, FlowDirection.Both, 0.6),
        new(RelationshipType.FundedBy, OrganisationOnly, OrganisationOnly, FlowDirection.Both, 0.4),
        new(RelationshipType.Governs, OrganisationOnly, JurisdictionOnly, FlowDirection.Both, 0.9) { FromKinds = GoverningKinds },
        new(RelationshipType.BasedIn, OrganisationOrDefender, JurisdictionOnly, FlowDirection.Backward, 0.9),
        new(RelationshipType.OperatesIn, OrganisationOrDefender, JurisdictionOnly, FlowDirection.Backward, 0.5),
        new(RelationshipType.AdvocatesTo, AdvocateLabels, OrganisationOnly, FlowDirection.Forward, 0.3) { ToKinds = AdvocacyTargets },
        new(RelationshipType.Influences, JurisdictionOnly, JurisdictionOnly, FlowDirection.Forward, 0.5),
        new(RelationshipType.Targets, ThreatOnly, TargetLabels, FlowDirection.None, 0) { DefinesSeeds = true },
        new(RelationshipType.OccurredIn, ThreatOnly, JurisdictionOnly, FlowDirection.None, 0) { DefinesSeeds = true },
        new(RelationshipType.ModelledOn, ThreatOnly, ThreatOnly, FlowDirection.None, 0) { IsLineage = true },
        new(RelationshipType.Cited, ThreatOnly, ThreatOnly, FlowDirection.None, 0) { IsLineage = true },
        new(RelationshipType.ResponseTo, ThreatOnly, ThreatOnly, FlowDirection.None, 0) { IsLineage = true },
        new(RelationshipType.SameCampaign, ThreatOnly, ThreatOnly, FlowDirection.None, 0) { IsLineage = true },
        new(RelationshipType.InitiatedBy, ThreatOnly, OrganisationOnly, FlowDirection.None, 0) { NamesInitiators = true },
        new(RelationshipType.Organises, OrganisationOnly, ProgrammeOnly, FlowDirection.None, 0) { IsAllianceWork = true },
        new(RelationshipType.HeldIn, CampOnly, JurisdictionOnly, FlowDirection.None, 0) { IsAllianceWork = true },
        new(RelationshipType.ParticipatesIn, OrganisationOrDefender, Gatherings, FlowDirection.None, 0) { IsAllianceWork = true, HasRole = true },
        new(RelationshipType.Runs, OrganisationOnly, CampaignOnly, FlowDirection.None, 0) { IsAllianceWork = true },
        new(RelationshipType.RespondsTo, CampaignOnly, ThreatOnly, FlowDirection.None, 0) { IsAllianceWork = true },
        new(RelationshipType.Owns, OrganisationOnly, ActionItemOnly, FlowDirection.None, 0) { IsAllianceWork = true },
        new(RelationshipType.PartOf, PartLabels, WholeLabels, FlowDirection.None, 0) { IsAllianceWork = true },
    }.ToDictionary(info => info.Type);

    public static IReadOnlyCollection<RelationshipTypeInfo> All => Table.Values;

    public static RelationshipTypeInfo For(RelationshipType type) => Table[type];
}
