namespace RareGraph.Analysis.AllianceWork;

/// <summary>What one organisation owns in an action plan.</summary>
/// <param name="OwnerKey">The organisation.</param>
/// <param name="Total">Items it owns (alone or with others).</param>
/// <param name="Unfinished">Of them, OPEN or IN_PROGRESS.</param>
/// <param name="Done">Of them, DONE.</param>
/// <param name="Overdue">Of them, past their due date and unfinished.</param>
public sealed record OwnerLoad(string OwnerKey, int Total, int Unfinished, int Done, int Overdue);
