namespace RareGraph.Domain.Model;

public enum CampaignStatus
{
    Planned,
    Active,
    Paused,
    Ended,
}
