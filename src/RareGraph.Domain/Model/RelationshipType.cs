namespace RareGraph.Domain.Model;

/// <summary>The relationship types of the spill-over model (v1, with the second wave's INITIATED_BY and the alliance's own work from ORGANISES on). Their endpoint rules live in <see cref="RelationshipRules"/>.</summary>
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

    /// <summary>Organisation -> Programme: one of the programme's organisers.</summary>
    Organises,

    /// <summary>Camp -> Jurisdiction: where a camp took place.</summary>
    HeldIn,

    /// <summary>Defender or Organisation -> Programme or Camp, with a <see cref="ParticipationRole"/>. Attendance is sensitive.</summary>
    ParticipatesIn,

    /// <summary>Organisation -> Campaign: one of the organisations running it.</summary>
    Runs,

    /// <summary>Campaign -> Threat: the event a campaign answers.</summary>
    RespondsTo,

    /// <summary>Organisation -> ActionItem: an owner of an item of the action plan.</summary>
    Owns,

    /// <summary>Camp or Campaign -> Programme, ActionItem -> Campaign or Camp: what it belongs to.</summary>
    PartOf,
}
