using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>The status of a strategic action plan: items by status, owner and due date, and which are overdue.</summary>
public static class ActionPlanAnalysis
{
    /// <summary>The plan's status on the date.</summary>
    /// <param name="items">The plan's items; those that do not exist on the date or are not sure enough are left out.</param>
    /// <param name="ownerships">OWNS relationships of those items; only those valid on the date and sure enough count.</param>
    /// <param name="asOf">The date overdue is judged against, and the minimum confidence.</param>
    public static ActionPlanReport Assess(IEnumerable<ActionItem> items, IEnumerable<Relationship> ownerships, AsOf asOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(ownerships);
        ArgumentNullException.ThrowIfNull(asOf);
        var plan = items.Where(asOf.Holds).DistinctBy(i => i.Key, StringComparer.Ordinal)
            .OrderBy(i => i.DueOn ?? DateOnly.MaxValue).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();
        var keys = plan.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var ownersOf = ownerships
            .Where(r => r.Type == RelationshipType.Owns && keys.Contains(r.ToKey) && asOf.Holds(r))
            .GroupBy(r => r.ToKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)[.. g.Select(r => r.FromKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                StringComparer.Ordinal);
        var byStatus = Enum.GetValues<ActionItemStatus>()
            .Select(s => new StatusCount(s, plan.Count(i => i.Status == s), plan.Count(i => i.Status == s && i.IsOverdueOn(asOf.At))))
            .ToList();
        var byOwner = plan
            .SelectMany(i => ownersOf.GetValueOrDefault(i.Key, []).Select(o => (Owner: o, Item: i)))
            .GroupBy(p => p.Owner, StringComparer.Ordinal)
            .Select(g => new OwnerLoad(
                g.Key,
                g.Count(),
                g.Count(p => IsUnfinished(p.Item)),
                g.Count(p => p.Item.Status == ActionItemStatus.Done),
                g.Count(p => p.Item.IsOverdueOn(asOf.At))))
            .OrderByDescending(o => o.Overdue).ThenByDescending(o => o.Unfinished).ThenBy(o => o.OwnerKey, StringComparer.Ordinal)
            .ToList();
        return new ActionPlanReport(asOf.At, plan, ownersOf, byStatus, byOwner);
    }

    public static bool IsUnfinished(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Status is ActionItemStatus.Open or ActionItemStatus.InProgress;
    }
}
