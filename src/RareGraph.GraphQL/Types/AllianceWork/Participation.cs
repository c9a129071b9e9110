using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.AllianceWork;

/// <summary>One PARTICIPATES_IN, read from the gathering's side: who took part, in what role.</summary>
internal sealed record Participation(Relationship Relationship);
