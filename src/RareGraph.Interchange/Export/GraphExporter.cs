using System.Runtime.CompilerServices;
using RareGraph.Analysis.Alliance;
using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Interchange.Formats;
using RareGraph.Interchange.Redaction;

namespace RareGraph.Interchange.Export;

/// <summary>
/// Prepares the whole graph (as of a date, filtered) for a format writer, streaming from the store: what it keeps in
/// memory is one small record per entity (label, country), never the relationships or the file.
/// </summary>
/// <remarks>
/// Four scans: the entities (what is included, jurisdiction codes), the relationships (each node's country), then the
/// entities and relationships again as the writer asks for them. Metrics come from the alliance analysis of the current
/// projection, the same numbers the <c>alliance</c> query returns.
/// </remarks>
public sealed class GraphExporter(IGraphStore store, GraphProjectionProvider projections, TimeProvider time)
{
    public Task<ExportDocument> PrepareAsync(GraphExportRequest request, CancellationToken cancellationToken) =>
        PrepareAsync(request, null, cancellationToken);

    /// <summary>Prepares only the nodes of <paramref name="focus"/> (all when null), with its extra attributes.</summary>
    public async Task<ExportDocument> PrepareAsync(GraphExportRequest request, ExportFocus? focus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = new ExportScope(request.At, request.Types, request.Kinds, request.MinConfidence, request.Privacy.IncludeAttendance, focus?.Nodes);
        var included = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var entity in store.ScanEntitiesAsync(cancellationToken))
        {
            if (entity is Jurisdiction jurisdiction)
            {
                codes[jurisdiction.Key] = jurisdiction.Code;
            }

            if (scope.Includes(entity))
            {
                included[entity.Key] = entity.Label;
            }
        }

        var countryOf = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var relationship in store.ScanRelationshipsAsync(cancellationToken))
        {
            if (scope.Places(relationship) && codes.TryGetValue(relationship.ToKey, out var code))
            {
                countryOf.TryAdd(relationship.FromKey, code);
            }
        }

        var metrics = request.Metrics ? await MetricsAsync(request, cancellationToken) : null;
        var nodeAttributes = NodeValues.NodeAttributes(request.Privacy);
        if (metrics is not null)
        {
            nodeAttributes.Add(new InterchangeAttribute(Attributes.PageRank, AttributeKind.Double));
            nodeAttributes.Add(new InterchangeAttribute(Attributes.Community, AttributeKind.Integer));
        }

        var edgeAttributes = NodeValues.EdgeAttributes(request.Privacy);
        if (focus is not null)
        {
            nodeAttributes.AddRange(focus.NodeAttributes);
            edgeAttributes.Add(new InterchangeAttribute(Attributes.OnPath, AttributeKind.Boolean));
        }

        var pseudonyms = new DefenderPseudonyms();
        var values = new NodeValues(request.Privacy, pseudonyms);
        return new ExportDocument(
            Describe(request),
            nodeAttributes,
            edgeAttributes,
            Nodes(scope, values, codes, countryOf, metrics, focus, cancellationToken),
            Edges(scope, values, included, request.Privacy, pseudonyms, focus?.Marked, cancellationToken));
    }

    private async IAsyncEnumerable<ExportNode> Nodes(
        ExportScope scope,
        NodeValues values,
        Dictionary<string, string> codes,
        Dictionary<string, string> countryOf,
        Dictionary<string, IReadOnlyDictionary<string, object>>? metrics,
        ExportFocus? focus,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in store.ScanEntitiesAsync(cancellationToken))
        {
            if (!scope.Includes(entity))
            {
                continue;
            }

            var country = entity is Jurisdiction ? codes[entity.Key] : countryOf.GetValueOrDefault(entity.Key);
            var extra = focus?.Nodes[entity.Key] ?? metrics?.GetValueOrDefault(entity.Key);
            if (focus is not null && metrics?.GetValueOrDefault(entity.Key) is { } measured)
            {
                extra = extra!.Concat(measured).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            }

            yield return values.Node(entity, country, extra);
        }
    }

    private async IAsyncEnumerable<ExportEdge> Edges(
        ExportScope scope,
        NodeValues values,
        Dictionary<string, EntityLabel> included,
        ExportPrivacy privacy,
        DefenderPseudonyms pseudonyms,
        IReadOnlySet<RelationshipKey>? marked,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var relationship in store.ScanRelationshipsAsync(cancellationToken))
            {
                if (!scope.Includes(relationship)
                    || !included.TryGetValue(relationship.FromKey, out var fromLabel)
                    || !included.TryGetValue(relationship.ToKey, out var toLabel))
                {
                    continue;
                }

                var redacted = privacy.Redact && (fromLabel == EntityLabel.Defender || toLabel == EntityLabel.Defender);
                var extra = marked is null ? null : new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    [Attributes.OnPath] = marked.Contains(relationship.Identity),
                };
                yield return values.Edge(relationship, values.IdOf(relationship.FromKey, fromLabel), values.IdOf(relationship.ToKey, toLabel), redacted, extra);
            }
        }
        finally
        {
            pseudonyms.Dispose();
        }
    }

    private async Task<Dictionary<string, IReadOnlyDictionary<string, object>>> MetricsAsync(GraphExportRequest request, CancellationToken cancellationToken)
    {
        var projection = (await projections.GetCurrentAsync(cancellationToken)).WithMinConfidence(request.MinConfidence);
        var at = request.At ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var report = AllianceAnalysis.Compute(AllianceGraph.FromProjection(projection, at), at, cancellationToken: cancellationToken);
        return report.Members.ToDictionary(
            m => m.Key,
            m => (IReadOnlyDictionary<string, object>)new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [Attributes.PageRank] = m.PageRank,
                [Attributes.Community] = m.CommunityId,
            },
            StringComparer.Ordinal);
    }

    private static string Describe(GraphExportRequest request) =>
        "RareGraph network"
        + (request.At is { } at ? $" as of {NodeValues.Date(at)}" : ", every period")
        + (request.Privacy.Redact ? "; defenders pseudonymised for this file only" : string.Empty);
}
