namespace RareGraph.Domain.Writing;

/// <summary>
/// Told of every applied change, after it is committed (with its audit entry). Must not throw and must return quickly.
/// </summary>
public interface IGraphChangeObserver
{
    void OnChanged(GraphChange change);
}
