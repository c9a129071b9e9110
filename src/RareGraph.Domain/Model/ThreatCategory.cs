namespace RareGraph.Domain.Model;

public enum ThreatCategory
{
    Legislation,
    FundingRestriction,
    Judicial,
    Raid,
    Slapp,
    SmearCampaign,
    Surveillance,
    PhysicalAttack,
    Other,
}
