using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.AllianceWork;

public sealed class ActionPlanAnalysisTests
{
    private static readonly DateOnly At = new(2025, 6, 1);

    private static readonly ActionItem[] Items =
    [
        new("i:late", "Late") { DueOn = new(2025, 5, 1), Status = ActionItemStatus.InProgress },
        new("i:done", "Done late") { DueOn = new(2025, 4, 1), Status = ActionItemStatus.Done },
        new("i:today", "Due today") { DueOn = At, Status = ActionItemStatus.Open },
        new("i:undated", "Undated") { Status = ActionItemStatus.Open },
        new("i:dropped", "Dropped") { DueOn = new(2025, 1, 1), Status = ActionItemStatus.Dropped },
        new("i:future", "Created later") { DueOn = new(2025, 1, 1), ValidFrom = new(2025, 7, 1) },
    ];

    private static readonly Relationship[] Owners =
    [
        new("org:a", Owns, "i:late"), new("org:b", Owns, "i:late"), new("org:a", Owns, "i:done"),
        new("org:b", Owns, "i:today"), new("org:c", Owns, "i:undated") { Confidence = 0.2 },
    ];

    [Fact]
    public void The_Plan_Should_Order_Items_By_Due_Date_And_Judge_Overdue_Against_The_Date()
    {
        var plan = ActionPlanAnalysis.Assess(Items, Owners, new AsOf(At));

        Assert.Equal(["i:dropped", "i:done", "i:late", "i:today", "i:undated"], plan.Items.Select(i => i.Key));
        Assert.Equal(1, plan.OverdueCount);
        Assert.Equal(
            [(ActionItemStatus.Open, 2, 0), (ActionItemStatus.InProgress, 1, 1), (ActionItemStatus.Done, 1, 0), (ActionItemStatus.Dropped, 1, 0)],
            plan.ByStatus.Select(s => (s.Status, s.Count, s.Overdue)));
    }

    [Fact]
    public void Owners_Should_Be_Ranked_By_Overdue_Then_Unfinished_Then_Key()
    {
        var plan = ActionPlanAnalysis.Assess(Items, Owners, new AsOf(At, 0.5));

        Assert.Equal(
            [("org:b", 2, 2, 0, 1), ("org:a", 2, 1, 1, 1)],
            plan.ByOwner.Select(o => (o.OwnerKey, o.Total, o.Unfinished, o.Done, o.Overdue)));
        Assert.Equal(["org:a", "org:b"], plan.OwnersOf["i:late"]);
        Assert.False(plan.OwnersOf.ContainsKey("i:undated"));
    }
}
