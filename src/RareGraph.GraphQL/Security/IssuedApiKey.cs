namespace RareGraph.GraphQL.Security;

/// <summary>A key as issued: <see cref="Secret"/> is shown in this answer and never again.</summary>
public sealed record IssuedApiKey(string Id, string Role, string Secret);
