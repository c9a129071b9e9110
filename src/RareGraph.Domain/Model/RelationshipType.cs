namespace RareGraph.Domain.Model;

/// <summary>The relationship types of the spill-over model (v1, with the second wave's INITIATED_BY). Their endpoint rules live in <see cref="RelationshipRules"/>.</summary>
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

    /// <summary>An event's initiator: the government or parliament that passed a law, a SLAPP's claimant, the agency behind spyware.</summary>
    InitiatedBy,
}
