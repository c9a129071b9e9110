using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Interchange.Formats;
using RareGraph.Interchange.Redaction;

namespace RareGraph.Interchange.Export;

/// <summary>
/// Exports an impact report: as a ranked table (the list the <c>impact</c> query returns), or as the affected subgraph —
/// the reached organisations and every node of their explaining paths, with score and hops as node attributes and the
/// paths' relationships marked <c>onPath</c>.
/// </summary>
public sealed class ImpactExporter(IGraphStore store, GraphProjectionProvider projections, GraphExporter graphs)
{
    private const int LookupBatch = 1000;

    public async Task<ImpactReport> AnalyzeAsync(ImpactExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var projection = await projections.GetCurrentAsync(cancellationToken);
        return ImpactAnalysis.Analyze(projection, request.ThreatKey, request.Options);
    }

    /// <summary>The affected subgraph, ready for a graph format.</summary>
    public async Task<ExportDocument> PrepareGraphAsync(ImpactExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = await AnalyzeAsync(request, cancellationToken);
        var nodes = new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.Ordinal);
        var marked = new HashSet<RelationshipKey>();
        foreach (var affected in report.Affected)
        {
            foreach (var key in affected.Path.NodeKeys)
            {
                nodes.TryAdd(key, new Dictionary<string, object>(StringComparer.Ordinal));
            }

            marked.UnionWith(affected.Path.Relationships);
            nodes[affected.OrganisationKey] = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [Attributes.Score] = affected.Score,
                [Attributes.Hops] = affected.Hops,
                [Attributes.CrossBorder] = affected.CrossBorder,
            };
        }

        var focus = new ExportFocus(
            nodes,
            [new(Attributes.Score, AttributeKind.Double), new(Attributes.Hops, AttributeKind.Integer), new(Attributes.CrossBorder, AttributeKind.Boolean)],
            marked);
        var graph = new GraphExportRequest(report.At, null, null, request.Options.MinConfidence, false, request.Privacy);
        return await graphs.PrepareAsync(graph, focus, cancellationToken);
    }

    /// <summary>
    /// Writes the ranked list as CSV: <c>rank,key,name,kind,country,score,hops,crossBorder,path</c>, the path as the keys
    /// along it joined by <c> &gt; </c> (defenders on it pseudonymised in a redacted file).
    /// </summary>
    public async Task WriteCsvAsync(ImpactExportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = await AnalyzeAsync(request, cancellationToken);
        using var pseudonyms = new DefenderPseudonyms();
        await using var csv = CsvHelper.CsvWriter.Create(output, CsvHelper.CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(["rank", "key", "name", "kind", "country", "score", "hops", "crossBorder", "path"]);
        var rank = 0;
        foreach (var batch in report.Affected.Chunk(LookupBatch))
        {
            var facts = await FactsAsync(batch, cancellationToken);
            foreach (var affected in batch)
            {
                var organisation = facts.Entities.GetValueOrDefault(affected.OrganisationKey) as Organisation;
                var path = affected.Path.NodeKeys.Select(k => request.Privacy.Redact && facts.Labels.GetValueOrDefault(k) == EntityLabel.Defender ? pseudonyms.Of(k) : k);
                csv.WriteRecord(
                [
                    ValueText.Of(++rank),
                    affected.OrganisationKey,
                    organisation?.DisplayName ?? string.Empty,
                    organisation is null ? string.Empty : NodeValues.Upper(organisation.Kind),
                    facts.Countries.GetValueOrDefault(affected.OrganisationKey) ?? string.Empty,
                    ValueText.Of(affected.Score),
                    ValueText.Of(affected.Hops),
                    ValueText.Of(affected.CrossBorder),
                    string.Join(" > ", path),
                ]);
            }

            await csv.FlushAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private async Task<BatchFacts> FactsAsync(AffectedOrganisation[] batch, CancellationToken cancellationToken)
    {
        var keys = batch.SelectMany(a => a.Path.NodeKeys).Append(string.Empty).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var entities = (await store.GetEntitiesAsync(keys, cancellationToken)).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var organisations = batch.Select(a => a.OrganisationKey).ToList();
        var bases = await store.GetRelationshipsOfAsync(organisations, RelationshipDirection.Outgoing, [RelationshipType.BasedIn], cancellationToken);
        var jurisdictions = (await store.GetEntitiesAsync(bases.Select(b => b.ToKey).ToHashSet(StringComparer.Ordinal), cancellationToken))
            .OfType<Jurisdiction>()
            .ToDictionary(j => j.Key, j => j.Code, StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var basedIn in bases)
        {
            if (jurisdictions.TryGetValue(basedIn.ToKey, out var code))
            {
                countries.TryAdd(basedIn.FromKey, code);
            }
        }

        return new BatchFacts(entities, entities.ToDictionary(p => p.Key, p => p.Value.Label, StringComparer.Ordinal), countries);
    }

    private sealed record BatchFacts(
        Dictionary<string, Entity> Entities,
        Dictionary<string, EntityLabel> Labels,
        Dictionary<string, string> Countries);
}
