using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>The state of an action plan on <see cref="At"/>.</summary>
/// <param name="At">The date overdue is judged against.</param>
/// <param name="Items">Every item, by due date (undated last), then key.</param>
/// <param name="OwnersOf">Each item's owners, in key order.</param>
/// <param name="ByStatus">One count per status, in the status order (OPEN, IN_PROGRESS, DONE, DROPPED).</param>
/// <param name="ByOwner">One load per owner: most overdue first, then most unfinished, then key.</param>
public sealed record ActionPlanReport(
    DateOnly At,
    IReadOnlyList<ActionItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<string>> OwnersOf,
    IReadOnlyList<StatusCount> ByStatus,
    IReadOnlyList<OwnerLoad> ByOwner)
{
    public int OverdueCount => Items.Count(i => i.IsOverdueOn(At));
}
