using System.Diagnostics;
using RareGraph.Domain.Errors;

namespace RareGraph.Analysis.Budget;

/// <summary>The running count of one analysis against its <see cref="AnalysisBudget"/>; cheap enough for inner loops.</summary>
internal sealed class BudgetMeter
{
    // The clock and the token cost more than an arc; look at them every few thousand arcs.
    private const long CheckInterval = 4096;

    private readonly AnalysisBudget _budget;
    private readonly string _operation;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private long _visited;
    private long _nextCheck = CheckInterval;

    public BudgetMeter(AnalysisBudget? budget, string operation)
    {
        _budget = budget ?? new AnalysisBudget();
        _operation = operation;
        _budget.CancellationToken.ThrowIfCancellationRequested();
    }

    public long Visited => _visited;

    /// <summary>Counts <paramref name="arcs"/> examined arcs and stops the analysis when the budget is spent.</summary>
    public void Charge(long arcs)
    {
        _visited += arcs;
        if (_visited >= _nextCheck)
        {
            Check();
        }
    }

    private void Check()
    {
        _nextCheck = _visited + CheckInterval;
        if (_visited > _budget.MaxVisitedEdges)
        {
            throw RareGraphException.LimitExceeded(
                $"The {_operation} examined more than {_budget.MaxVisitedEdges} relationships, the configured limit; " +
                "lower maxHops, raise minScore or narrow the query.");
        }

        _budget.CancellationToken.ThrowIfCancellationRequested();
        if (_budget.MaxDuration is { } max && Stopwatch.GetElapsedTime(_startedAt) > max)
        {
            throw RareGraphException.LimitExceeded(
                $"The {_operation} took longer than {max.TotalSeconds:0.###} s, the configured limit; " +
                "lower maxHops, raise minScore or narrow the query.");
        }
    }
}
