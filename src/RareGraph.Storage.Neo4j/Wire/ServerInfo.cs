namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>What discovery (<c>GET /</c>) says about the server.</summary>
internal sealed record ServerInfo(string? Version, string? Edition, bool QueryApiEnabled);
