namespace RareGraph.Domain.ChangeFeed;

/// <summary>
/// What subscribers are told about one applied write. It carries keys only, never field values: every replica resolves
/// the payload from the shared store through the schema, so the caller's role decides what is shown, and no defender
/// data travels through the fan-out channel.
/// </summary>
/// <param name="Origin">The replica that made the write (see <see cref="IGraphEventSink.ReplicaId"/>).</param>
/// <param name="Version">The graph version after the write.</param>
/// <param name="RecordedThreatKeys">Threats the write created.</param>
/// <param name="Relationships">Relationships the write created, changed or removed.</param>
public sealed record GraphEvent(
    string Origin,
    long Version,
    IReadOnlyList<string> RecordedThreatKeys,
    IReadOnlyList<RelationshipEvent> Relationships);
