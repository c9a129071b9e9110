using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>How many items of an action plan have a status, and how many of those are overdue.</summary>
public sealed record StatusCount(ActionItemStatus Status, int Count, int Overdue);
