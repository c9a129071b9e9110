using RareGraph.Domain.Writing;

namespace RareGraph.Storage.Tests.Writing;

/// <summary>Keeps every change the writer announces, in order.</summary>
public sealed class RecordingObserver : IGraphChangeObserver
{
    private readonly List<GraphChange> _changes = [];

    public IReadOnlyList<GraphChange> Changes => _changes;

    public void OnChanged(GraphChange change) => _changes.Add(change);
}
