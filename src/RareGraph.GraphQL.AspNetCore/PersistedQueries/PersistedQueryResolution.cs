using GraphQL;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

/// <summary>Either the request to execute (with its document text) or the error to answer instead.</summary>
internal sealed record PersistedQueryResolution(GraphQLRequestData? Request, ExecutionError? Error);
