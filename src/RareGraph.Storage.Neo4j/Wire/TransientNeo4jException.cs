namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>A failure worth retrying (a transient <c>Neo.*</c> code, 503, a dropped connection, a timeout).</summary>
internal sealed class TransientNeo4jException(string reason, Exception? innerException = null) : Exception(reason, innerException);
