namespace RareGraph.Domain.Model;

/// <summary>An item of the alliance's strategic action plan: organisations OWN it, it is PART_OF a campaign or a camp.</summary>
public sealed record ActionItem(string Key, string Title) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.ActionItem;

    public override string Name => Title;

    public DateOnly? DueOn { get; init; }

    public ActionItemStatus Status { get; init; } = ActionItemStatus.Open;

    /// <summary>Past its due date on <paramref name="today"/> and neither done nor dropped.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        DueOn is { } due && due < today && Status is not (ActionItemStatus.Done or ActionItemStatus.Dropped);
}
