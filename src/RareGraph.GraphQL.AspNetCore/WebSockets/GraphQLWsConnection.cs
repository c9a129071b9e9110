using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.AspNetCore.PersistedQueries;
using RareGraph.GraphQL.AspNetCore.Security;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One socket speaking graphql-transport-ws: <c>connection_init</c>/<c>connection_ack</c>, <c>ping</c>/<c>pong</c>,
/// <c>subscribe</c>/<c>next</c>/<c>error</c>/<c>complete</c>, and the protocol's close codes.
/// </summary>
/// <remarks>
/// Follows the protocol document of the graphql-ws project (PROTOCOL.md, "GraphQL over WebSocket Protocol"): an
/// operation of any type may be sent with <c>subscribe</c>; a query or mutation answers with one <c>next</c> then
/// <c>complete</c>; errors before execution (validation, refusal) answer with one <c>error</c> message.
/// Every operation runs through <see cref="RareGraphExecutor"/>, so limits, authorisation and restricted fields apply
/// exactly as over HTTP. The caller's credential is watched for as long as the socket is open
/// (<see cref="CredentialWatch"/>): once it is revoked or expires, the socket closes with 4403 and its subscriptions end;
/// every operation takes a permit of the caller's rate limit, shared with their HTTP requests.
/// </remarks>
internal sealed partial class GraphQLWsConnection(
    WebSocket socket,
    HttpContext http,
    RareGraphExecutor executor,
    PersistedQueryResolver persistedQueries,
    IGraphQLTextSerializer serializer,
    GraphQLWsOptions options,
    WebSocketCaller caller,
    ICredentialLifetime lifetime,
    IOperationRateLimit rateLimit) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, WsOperation> _operations = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private ClaimsPrincipal _user = http.User;
    private int _initReceived;
    private bool _acknowledged;
    private CredentialWatch? _watch;

    public async Task RunAsync()
    {
        _ = CloseIfNotInitialisedAsync();
        var buffer = new ArrayBufferWriter<byte>();
        while (!_closing.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            buffer.Clear();
            ValueWebSocketReceiveResult received;
            try
            {
                do
                {
                    received = await socket.ReceiveAsync(buffer.GetMemory(4096), _closing.Token);
                    buffer.Advance(received.Count);
                    if (buffer.WrittenCount > options.MaxMessageBytes)
                    {
                        await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Message too large");
                        return;
                    }
                }
                while (!received.EndOfMessage);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                return;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                // Complete the closing handshake the client started, so its CloseAsync returns cleanly.
                await CloseAsync((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "");
                return;
            }

            await HandleAsync(GraphQLWsMessage.Parse(buffer.WrittenMemory));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _watch?.Dispose();
        foreach (var id in _operations.Keys)
        {
            Stop(id);
        }

        _closing.Dispose();
        _sendGate.Dispose();
    }

    private async Task HandleAsync(GraphQLWsMessage? message)
    {
        switch (message)
        {
            case null:
                await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received");
                break;
            case { Type: "connection_init" }:
                await InitialiseAsync(message);
                break;
            case { Type: "ping" }:
                await SendAsync("pong", null, null);
                break;
            case { Type: "pong" }:
                break;
            case { Type: "subscribe", Id: { Length: > 0 } id }:
                await SubscribeAsync(id, message.Payload);
                break;
            case { Type: "complete", Id: { Length: > 0 } id }:
                Stop(id);
                break;
            default:
                await CloseAsync(GraphQLWsCloseCodes.BadRequest, $"Invalid message of type '{message.Type}'");
                break;
        }
    }

    private async Task InitialiseAsync(GraphQLWsMessage message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var user = await caller.AuthenticateAsync(http, message.Payload);
        if (user is null)
        {
            await CloseAsync(GraphQLWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        _user = user;
        _watch = CredentialWatch.Start(lifetime, user, options.CredentialCheckInterval, CloseForbiddenAsync, _closing.Token);
        _acknowledged = true;
        await SendAsync("connection_ack", null, null);
    }

    /// <summary>
    /// The credential lapsed: its operations end at once (not when the client answers the closing handshake, which a
    /// client may never do), then the socket closes with 4403.
    /// </summary>
    private async Task CloseForbiddenAsync()
    {
        try
        {
            _acknowledged = false;
            foreach (var id in _operations.Keys)
            {
                Stop(id);
            }

            await CloseAsync(GraphQLWsCloseCodes.Forbidden, "Forbidden");
        }
        catch (ObjectDisposedException)
        {
            // The connection ended meanwhile.
        }
    }

    private async Task CloseIfNotInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }
}
