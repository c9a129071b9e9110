namespace RareGraph.GraphQL.Security;

/// <summary>What is known about a key, never its secret. <see cref="Source"/> is CONFIGURATION or ISSUED.</summary>
public sealed record ApiKeyInfo(string Id, string Role, string Source, DateTimeOffset? IssuedAt, string? IssuedBy, DateTimeOffset? RevokedAt, string? RevokedBy);
