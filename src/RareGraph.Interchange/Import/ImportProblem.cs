namespace RareGraph.Interchange.Import;

/// <summary>What is wrong with one row of an import file: where, a GraphQL-style code, and what to do about it.</summary>
public sealed record ImportProblem(string Where, string Code, string Message, string? Field);
