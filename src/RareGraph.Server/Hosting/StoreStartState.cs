namespace RareGraph.Server.Hosting;

/// <summary>
/// Whether the store has been initialised, shared by the start-up loop that waits for it, the readiness check and the
/// gate that answers API requests with UNAVAILABLE until then; and, when the start failed for good, why.
/// </summary>
internal sealed class StoreStartState
{
    private volatile bool _ready;
    private volatile string? _failure;

    public bool IsReady => _ready;

    /// <summary>Set when the store can never work with this configuration; the process then stops and prints it.</summary>
    public string? Failure => _failure;

    public void MarkReady() => _ready = true;

    public void Fail(string reason) => _failure = reason;
}
