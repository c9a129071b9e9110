namespace RareGraph.GraphQL.Analysis;

/// <summary>A lineage question: as known on a date (null: the whole record), above a confidence.</summary>
internal sealed record DiffusionArguments(string ThreatKey, DateOnly? At = null, double MinConfidence = 0);
