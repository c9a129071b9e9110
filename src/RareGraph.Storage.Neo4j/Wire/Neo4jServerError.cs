namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>One entry of a response's <c>errors</c> array: a <c>Neo.*</c> status code and the server's message.</summary>
internal sealed record Neo4jServerError(string Code, string Message);
