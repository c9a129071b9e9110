namespace RareGraph.Domain.Model;

/// <summary>Facts about labels that several layers need.</summary>
public static class EntityLabels
{
    /// <summary>
    /// True for the labels of the alliance's own work (programmes, camps, campaigns, action items): they are answers to
    /// threats, not channels of spill-over, so the analysis projection leaves them (and every relationship touching
    /// them) out.
    /// </summary>
    public static bool IsAllianceWork(EntityLabel label) =>
        label is EntityLabel.Programme or EntityLabel.Camp or EntityLabel.Campaign or EntityLabel.ActionItem;
}
