using RareGraph.GraphQL.Analysis;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>
/// Watches one event's coverage: after each batch of writes it recomputes which bodies the event affects and which of
/// them no active campaign advocates to, and alerts for each such body that was covered (or not affected) before.
/// </summary>
/// <remarks>
/// Built as <see cref="ExposureWatch"/> is: a comparison of before/after sets, because a write anywhere can make a gap
/// (a new partnership that carries the event to another government, a campaign that ends or pauses, an ADVOCATES_TO
/// removed). The coverage is judged as of today at each batch. The impact part is cached per graph version, so watches
/// of the same event share it; the registry caps how many analysis watches may exist.
/// </remarks>
internal sealed class CoverageWatch(
    CoverageGateway coverage,
    CoverageArguments question,
    IReadOnlySet<string> baseline,
    IObserver<CoverageGapEvent> observer) : IAnalysisWatch
{
    private HashSet<string> _uncovered = [.. baseline];

    public async ValueTask HandleAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        var now = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in (await coverage.CoverageAsync(question, cancellationToken)).Where(b => b.Uncovered))
        {
            now.Add(body.Body.OrganisationKey);
            if (!_uncovered.Contains(body.Body.OrganisationKey))
            {
                observer.OnNext(new CoverageGapEvent(question.ThreatKey, body.Body.OrganisationKey, body.Body.Score, body.Body.Hops, batch.LatestVersion));
            }
        }

        _uncovered = now;
    }

    /// <summary>The bodies uncovered now: the baseline a new watch starts from.</summary>
    public static async Task<IReadOnlySet<string>> BaselineAsync(CoverageGateway coverage, CoverageArguments question, CancellationToken cancellationToken) =>
        (await coverage.CoverageAsync(question, cancellationToken)).Where(b => b.Uncovered).Select(b => b.Body.OrganisationKey).ToHashSet(StringComparer.Ordinal);
}
