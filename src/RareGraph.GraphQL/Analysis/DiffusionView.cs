namespace RareGraph.GraphQL.Analysis;

internal sealed record DiffusionView(string ThreatKey, IReadOnlyList<DiffusionLinkView> Ancestors, IReadOnlyList<DiffusionLinkView> Descendants);
