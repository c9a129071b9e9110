using GraphQL;

namespace RareGraph.GraphQL.Execution;

/// <summary>A GraphQL request as the transport parsed it, before execution.</summary>
public sealed record GraphQLRequestData(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
