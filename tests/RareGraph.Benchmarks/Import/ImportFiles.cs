using RareGraph.Benchmarks.Generation;
using RareGraph.Domain.Model;
using RareGraph.Interchange.Export;
using RareGraph.Interchange.Formats;

namespace RareGraph.Benchmarks.Import;

/// <summary>
/// Writes a generated graph as the files an export writes (GraphML, the Gephi CSV pair), through the export's own
/// format writers, with the attributes the importer reads: what a researcher would send back to the server.
/// </summary>
internal static class ImportFiles
{
    private static readonly InterchangeAttribute[] NodeAttributes =
    [
        new(Attributes.Name, AttributeKind.String),
        new(Attributes.Label, AttributeKind.String),
        new(Attributes.Entity, AttributeKind.String),
        new(Attributes.Kind, AttributeKind.String),
        new(Attributes.Code, AttributeKind.String),
        new(Attributes.OccurredOn, AttributeKind.String),
    ];

    private static readonly InterchangeAttribute[] EdgeAttributes =
    [
        new(Attributes.Relationship, AttributeKind.String),
        new(Attributes.Weight, AttributeKind.Double),
        new(Attributes.ValidFrom, AttributeKind.String),
        new(Attributes.ValidTo, AttributeKind.String),
    ];

    /// <summary>
    /// The generated graph made valid for the model's rules: its jurisdictions carry codes such as <c>C12</c>, which no
    /// country has, so they become regions with letter codes (<c>RAAM</c>); a threat MODELLED_ON an earlier one (by
    /// index) must not have occurred before it, so threats get dates that never decrease with their index, over the
    /// generator's span. Nothing else changes: the same keys, relationships and count.
    /// </summary>
    public static SyntheticGraph Importable(SyntheticGraph graph)
    {
        var threats = graph.Threats.Count;
        var span = graph.Threats.Max(t => t.OccurredOn.DayNumber) - graph.Threats.Min(t => t.OccurredOn.DayNumber);
        var first = graph.Threats.Min(t => t.OccurredOn);
        var threatIndex = 0;
        var entities = new List<Entity>(graph.Entities.Count);
        foreach (var (entity, index) in graph.Entities.Select((e, i) => (e, i)))
        {
            entities.Add(entity switch
            {
                Jurisdiction jurisdiction => jurisdiction with { Code = RegionCode(index), Kind = JurisdictionKind.Region },
                Threat threat => threat with { OccurredOn = first.AddDays((int)((long)span * threatIndex++ / threats)) },
                _ => entity,
            });
        }

        return graph with { Entities = entities };
    }

    public static Task WriteGraphMlAsync(SyntheticGraph graph, string path) =>
        WriteAsync(new GraphMlFormat(), graph, path);

    public static async Task WriteCsvPairAsync(SyntheticGraph graph, string nodesPath, string relationshipsPath)
    {
        await WriteAsync(new NodesCsvFormat(), graph, nodesPath);
        await WriteAsync(new RelationshipsCsvFormat(), graph, relationshipsPath);
    }

    private static async Task WriteAsync(IExportFormat format, SyntheticGraph graph, string path)
    {
        var document = new ExportDocument("benchmark import file", NodeAttributes, EdgeAttributes, Nodes(graph), Edges(graph));
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await format.WriteAsync(document, file, CancellationToken.None);
    }

#pragma warning disable CS1998 // The writers read async streams; these are in memory.
    private static async IAsyncEnumerable<ExportNode> Nodes(SyntheticGraph graph)
    {
        foreach (var entity in graph.Entities)
        {
            var values = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [Attributes.Name] = entity.Key,
                [Attributes.Label] = entity.Name,
                [Attributes.Entity] = entity.Label.ToString(),
            };
            switch (entity)
            {
                case Jurisdiction jurisdiction:
                    values[Attributes.Kind] = EnumNames.ToUpperSnake(jurisdiction.Kind.ToString());
                    values[Attributes.Code] = jurisdiction.Code;
                    break;
                case Organisation organisation:
                    values[Attributes.Kind] = EnumNames.ToUpperSnake(organisation.Kind.ToString());
                    break;
                case Threat threat:
                    values[Attributes.Kind] = EnumNames.ToUpperSnake(threat.Category.ToString());
                    values[Attributes.OccurredOn] = threat.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }

            yield return new ExportNode(entity.Key, entity.Name, values, entity.ValidFrom, entity.ValidTo);
        }
    }

    private static async IAsyncEnumerable<ExportEdge> Edges(SyntheticGraph graph)
    {
        foreach (var relationship in graph.Relationships)
        {
            var type = EnumNames.ToUpperSnake(relationship.Type.ToString());
            var values = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [Attributes.Relationship] = type,
                [Attributes.Weight] = relationship.Strength,
            };
            if (relationship.ValidFrom is { } from)
            {
                values[Attributes.ValidFrom] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            if (relationship.ValidTo is { } to)
            {
                values[Attributes.ValidTo] = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            yield return new ExportEdge(
                $"{relationship.FromKey}-[{type}]->{relationship.ToKey}",
                relationship.FromKey,
                relationship.ToKey,
                type,
                relationship.Strength,
                values,
                relationship.ValidFrom,
                relationship.ValidTo);
        }
    }
#pragma warning restore CS1998

    private static string RegionCode(int index) =>
        string.Concat("R", (char)('A' + (index / 676 % 26)), (char)('A' + (index / 26 % 26)), (char)('A' + (index % 26)));
}
