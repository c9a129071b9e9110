namespace RareGraph.Domain.Model;

/// <summary>The relationship types of the spill-over model (v1). Their endpoint rules live in <see cref="RelationshipRules"/>.</summary>
public enum RelationshipType
{
    AffiliatedWith,
    MemberOf,
    PartnersWith,
    FundedBy,
    Governs,
    BasedIn,
    OperatesIn,
    AdvocatesTo,
    Influences,
    Targets,
    OccurredIn,
    ModelledOn,
    Cited,
    ResponseTo,
    SameCampaign,
}
