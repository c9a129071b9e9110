using RareGraph.Domain.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

/// <summary>What a write returns: the written item, the graph version after it and whether anything changed.</summary>
internal sealed record MutationResult<T>(T Item, WriteOutcome Outcome);
