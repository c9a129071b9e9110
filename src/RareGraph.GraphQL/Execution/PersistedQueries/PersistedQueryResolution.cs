using GraphQL;

namespace RareGraph.GraphQL.Execution.PersistedQueries;

/// <summary>Either the request to execute (with its document text) or the error to answer instead.</summary>
internal sealed record PersistedQueryResolution(GraphQLRequestData? Request, ExecutionError? Error);
