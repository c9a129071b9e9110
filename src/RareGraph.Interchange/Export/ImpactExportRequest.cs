using RareGraph.Analysis.Spillover;
using RareGraph.Interchange.Redaction;

namespace RareGraph.Interchange.Export;

/// <summary>The arguments of the <c>impact</c> query, for its exports, with the export's privacy.</summary>
public sealed record ImpactExportRequest(string ThreatKey, ImpactOptions Options, ExportPrivacy Privacy);
