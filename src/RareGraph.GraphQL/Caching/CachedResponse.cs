namespace RareGraph.GraphQL.Caching;

/// <summary>
/// The serialised answer to a read-only query, as it was first sent, and the operation it answered (for telemetry).
/// </summary>
public sealed record CachedResponse(ReadOnlyMemory<byte> Body, string OperationName);
