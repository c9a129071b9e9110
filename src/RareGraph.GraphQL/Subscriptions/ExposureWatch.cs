using RareGraph.Analysis.Exposure;
using RareGraph.GraphQL.Analysis;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>
/// Watches one organisation's exposure: after each batch of writes it recomputes which recorded threats reach the
/// organisation with at least the threshold score, and alerts for each threat that was below it (or absent) before.
/// Exposure's own rules apply: only events of the watched polarity, never those the organisation initiated, nothing
/// less sure than the watch's minConfidence.
/// </summary>
/// <remarks>
/// The comparison is of before/after sets, not of the change itself: a write anywhere (a new partnership, a threat's
/// new TARGETS link, a weaker relationship elsewhere) can move an impact, and the spill-over engine already answers
/// exposure exactly. Cost stays bounded: one recomputation per watch per batch (bursts of writes coalesce into one
/// batch), results come from the analysis cache keyed by graph version so watches of the same organisation and
/// threshold share one computation, and the registry caps how many watches may exist.
/// </remarks>
internal sealed class ExposureWatch(
    IAnalysisGateway analysis,
    string organisationKey,
    ExposureOptions question,
    IReadOnlySet<string> baseline,
    IObserver<ExposureAlertEvent> observer) : IAnalysisWatch
{
    private HashSet<string> _above = [.. baseline];

    public async ValueTask HandleAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        var exposure = await analysis.ExposureAsync(organisationKey, question, cancellationToken);
        var now = new HashSet<string>(StringComparer.Ordinal);
        foreach (var threat in exposure)
        {
            now.Add(threat.ThreatKey);
            if (!_above.Contains(threat.ThreatKey))
            {
                observer.OnNext(new ExposureAlertEvent(organisationKey, threat.ThreatKey, threat.Score, threat.Hops, batch.LatestVersion));
            }
        }

        _above = now;
    }

    /// <summary>The threats at or above the threshold now: the baseline a new watch starts from.</summary>
    public static async Task<IReadOnlySet<string>> BaselineAsync(
        IAnalysisGateway analysis, string organisationKey, ExposureOptions question, CancellationToken cancellationToken) =>
        (await analysis.ExposureAsync(organisationKey, question, cancellationToken)).Select(e => e.ThreatKey).ToHashSet(StringComparer.Ordinal);
}
