using RareGraph.Domain.Model;
using RareGraph.Interchange.Redaction;

namespace RareGraph.Interchange.Export;

/// <summary>What to export: the graph as of a date (all of its history when null), limited as the analyses limit it.</summary>
/// <param name="At">Only entities and relationships valid on this date; null exports every period, with its validity.</param>
/// <param name="Types">Only relationships of these types; null for all.</param>
/// <param name="Kinds">Only organisations of these kinds (other labels stay); null for all.</param>
/// <param name="MinConfidence">Entities and relationships with a lower confidence do not exist for the export.</param>
/// <param name="Metrics">Add PageRank and community from the alliance analysis.</param>
/// <param name="Privacy">What may be shown of defenders.</param>
public sealed record GraphExportRequest(
    DateOnly? At,
    IReadOnlySet<RelationshipType>? Types,
    IReadOnlySet<OrganisationKind>? Kinds,
    double MinConfidence,
    bool Metrics,
    ExportPrivacy Privacy);
