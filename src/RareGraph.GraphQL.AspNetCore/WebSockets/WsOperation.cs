using RareGraph.GraphQL.Telemetry;

namespace RareGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>One running operation of a socket: its cancellation and, for a subscription, its event stream.</summary>
internal sealed class WsOperation(CancellationTokenSource cancellation) : IDisposable
{
    private readonly Lock _gate = new();
    private IDisposable? _stream;
    private bool _disposed;

    public CancellationTokenSource Cancellation { get; } = cancellation;

    /// <summary>
    /// Holds the stream and counts it in the active-subscriptions metric; when the operation already ended, the stream
    /// is released at once.
    /// </summary>
    public void Attach(IDisposable stream)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _stream = stream;
                RareGraphTelemetry.ActiveSubscriptions.Add(1);
                return;
            }
        }

        stream.Dispose();
    }

    public void Dispose()
    {
        IDisposable? stream;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            stream = _stream;
        }

        Cancellation.Cancel();
        if (stream is not null)
        {
            stream.Dispose();
            RareGraphTelemetry.ActiveSubscriptions.Add(-1);
        }

        Cancellation.Dispose();
    }
}
