using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Alliance;

/// <summary>A node of the alliance graph: an Organisation or a Defender, by key.</summary>
public readonly record struct AllianceNode(string Key, EntityLabel Label);
