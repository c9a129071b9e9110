using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>A per-query replacement for a relationship type's default spill-over weight; 0 switches the type off.</summary>
public sealed record WeightOverride(RelationshipType Type, double Weight);
