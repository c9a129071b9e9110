using RareGraph.DemoData.Seeding;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;

namespace RareGraph.DemoData;

/// <summary>
/// The demo data set: public facts on civic-space restrictions in Europe and its neighbourhood (jurisdictions,
/// organisations, threats and their documented lineage), plus clearly marked illustrative links and fictional
/// defenders so that impact, path and alliance queries have something to show. See <c>docs/demo-data.md</c>.
/// </summary>
public static class DemoDataSet
{
    /// <summary>The operation name the load is recorded under in change events and the audit trail.</summary>
    public const string OperationName = "importDemoData";

    /// <summary>The source of every relationship that the demo needs but no source supports (possibly followed by <c>: why</c>).</summary>
    public const string IllustrativeSource = "illustrative (demo data; not a documented fact)";

    /// <summary>The highest confidence an illustrative relationship may carry.</summary>
    public const double MaxIllustrativeConfidence = 0.5;

    /// <summary>
    /// The whole data set as one write. Applying it to a store that already holds it changes nothing, because the
    /// writer applies only differences.
    /// </summary>
    public static WriteRequest Build() => new DemoRequestBuilder().Build();

    /// <summary>
    /// Loads the data set if the store has never been written and holds no entity; returns whether it did.
    /// </summary>
    /// <remarks>
    /// A store that was written and then emptied on purpose keeps its version above 0 and is left alone, so deleted demo
    /// data does not come back at the next start. Two replicas racing on an empty store are safe: the writer's
    /// version check makes the second one re-plan, find nothing to change and write nothing.
    /// </remarks>
    public static async Task<bool> LoadIfEmptyAsync(IGraphStore store, GraphWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(writer);
        if (await store.GetVersionAsync(ct) != 0 || await HoldsAnyEntityAsync(store, ct))
        {
            return false;
        }

        var outcome = await writer.ApplyAsync(Build(), ct);
        return outcome.ChangedAnything;
    }

    private static async Task<bool> HoldsAnyEntityAsync(IGraphStore store, CancellationToken ct)
    {
        foreach (var label in Enum.GetValues<EntityLabel>())
        {
            if (await store.CountEntitiesAsync(label, null, ct) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
