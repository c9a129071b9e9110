namespace RareGraph.Domain.Model;

public enum ActionItemStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
}
