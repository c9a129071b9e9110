namespace RareGraph.GraphQL.Caching;

/// <summary>
/// The graph version one query execution read at, read once its document passed validation and before any data (so an
/// invalid or refused document never reaches the store). The response cache keeps the answer under it.
/// </summary>
public sealed class VersionPin
{
    /// <summary>The version read, or null when the request never reached execution (or was no query).</summary>
    public long? Version { get; internal set; }
}
