namespace RareGraph.GraphQL.Analysis;

internal sealed record ExposureView(string ThreatKey, double Score, int Hops, bool CrossBorder, PathView Path);
