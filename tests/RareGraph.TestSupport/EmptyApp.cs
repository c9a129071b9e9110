namespace RareGraph.TestSupport;

/// <summary>A server with an empty graph, shared by the tests of one class.</summary>
public sealed class EmptyApp : IDisposable
{
    public RareGraphApp Instance { get; } = new(demoData: false);

    public void Dispose() => Instance.Dispose();
}
