namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>An open explicit transaction and the cluster affinity every later request of it must echo.</summary>
internal sealed record TransactionHandle(string Id, string? ClusterAffinity);
