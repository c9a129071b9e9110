namespace RareGraph.TestSupport;

/// <summary>A server holding the demo data set, shared by the tests of one class.</summary>
public sealed class DemoApp : IDisposable
{
    public RareGraphApp Instance { get; } = new(demoData: true);

    public void Dispose() => Instance.Dispose();
}
