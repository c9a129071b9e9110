using System.Diagnostics;
using RareGraph.Domain.Errors;

namespace RareGraph.Analysis.Alliance;

/// <summary>
/// Counts the elementary steps of a computation against <see cref="AllianceOptions.MaxWork"/> and its time against
/// <see cref="AllianceOptions.MaxDuration"/>. A caller's cancellation surfaces as <see cref="OperationCanceledException"/>:
/// the caller went away, the request did not overrun.
/// </summary>
internal sealed class WorkBudget
{
    // Checking the clock and the token on every charge would cost more than the work; every ~64k steps is plenty.
    private const long CheckInterval = 1 << 16;

    private readonly long _maxWork;
    private readonly TimeSpan? _maxDuration;
    private readonly CancellationToken _cancellationToken;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private long _spent;
    private long _nextCheck = CheckInterval;

    public WorkBudget(long maxWork, TimeSpan? maxDuration, CancellationToken cancellationToken)
    {
        _maxWork = maxWork;
        _maxDuration = maxDuration;
        _cancellationToken = cancellationToken;
    }

    public static WorkBudget Unlimited() => new(long.MaxValue, null, CancellationToken.None);

    public long Spent => _spent;

    /// <summary>Fails fast when a computation is known in advance to need more than the budget allows.</summary>
    public void Require(long estimatedWork, string what)
    {
        if (estimatedWork > _maxWork - _spent)
        {
            throw RareGraphException.LimitExceeded(
                $"The alliance graph is too large for {what} within the configured work budget.");
        }
    }

    public void Charge(long steps)
    {
        _spent += steps;
        if (_spent < _nextCheck)
        {
            return;
        }

        _nextCheck = _spent + CheckInterval;
        if (_spent > _maxWork)
        {
            throw RareGraphException.LimitExceeded("The alliance analysis exceeded the configured work budget.");
        }

        _cancellationToken.ThrowIfCancellationRequested();
        if (_maxDuration is { } max && Stopwatch.GetElapsedTime(_startedAt) > max)
        {
            throw RareGraphException.LimitExceeded("The alliance analysis exceeded the configured time budget.");
        }
    }
}
