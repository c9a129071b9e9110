using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>The operations of one socket: start, stream, stop, and the messages they send.</summary>
internal sealed partial class GraphQLWsConnection
{
    private async Task SubscribeAsync(string id, JsonElement? payload)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        // A revoked key or an expired token runs nothing more, whatever the watch has not seen yet.
        if (!await lifetime.IsValidAsync(_user, _closing.Token))
        {
            await CloseForbiddenAsync();
            return;
        }

        if (!rateLimit.TryAcquire(http, _user))
        {
            await SendErrorsAsync(id, new ExecutionResult(new RareGraphExecutionError(
                ErrorCodes.LimitExceeded, "Too many requests; slow down and retry later.", null)));
            return;
        }

        var operation = new WsOperation(CancellationTokenSource.CreateLinkedTokenSource(_closing.Token));
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(GraphQLWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (_operations.Count > options.MaxOperationsPerConnection)
        {
            Stop(id);
            await SendErrorsAsync(id, new ExecutionResult(new RareGraphExecutionError(
                ErrorCodes.LimitExceeded, $"A connection may run at most {options.MaxOperationsPerConnection} operations at once.", null)));
            return;
        }

        // Runs beside the receive loop, so a slow mutation never holds up pings or other operations of the socket.
        _ = RunOperationAsync(id, payload, operation);
    }

    private async Task RunOperationAsync(string id, JsonElement? payload, WsOperation operation)
    {
        try
        {
            var request = ReadRequest(payload);
            var resolved = request is null ? null : await persistedQueries.ResolveAsync(request, http, _user, operation.Cancellation.Token);
            if (resolved is not { Request: { } ready })
            {
                Stop(id);
                await SendErrorsAsync(id, new ExecutionResult(resolved?.Error
                    ?? new RareGraphExecutionError(ErrorCodes.Validation, "The subscribe payload needs a 'query' string.", "query")));
                return;
            }

            var result = await executor.ExecuteAsync(ready, _user, http.RequestServices, operation.Cancellation.Token);
            if (result.Streams is { Count: > 0 } streams)
            {
                operation.Attach(streams.Values.First().Subscribe(new WsStreamObserver(this, id)));
                return;
            }

            Stop(id);
            if (result.Data is null && result.Errors is { Count: > 0 })
            {
                await SendErrorsAsync(id, result);
                return;
            }

            await SendResultAsync(id, result);
            await SendAsync("complete", id, null);
        }
        catch (OperationCanceledException) when (operation.Cancellation.IsCancellationRequested)
        {
            // The client completed the operation or went away; nothing more is owed to it.
        }
    }

    private GraphQLRequestData? ReadRequest(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return null;
        }

        var query = body.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
        var name = body.TryGetProperty("operationName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var variables = GraphQLWsMessage.ToInputs(serializer, body.TryGetProperty("variables", out var v) ? v : null);
        var extensions = GraphQLWsMessage.ToInputs(serializer, body.TryGetProperty("extensions", out var x) ? x : null);
        return query is null && extensions is null ? null : new GraphQLRequestData(query ?? "", name, variables, extensions);
    }

    /// <summary>Ends an operation on this side (client's complete, stream end, socket closing); idempotent.</summary>
    private void Stop(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Dispose();
        }
    }

    internal async Task OnStreamResultAsync(string id, ExecutionResult result)
    {
        if (_operations.ContainsKey(id))
        {
            await SendResultAsync(id, result);
        }
    }

    internal async Task OnStreamEndAsync(string id)
    {
        if (_operations.ContainsKey(id))
        {
            Stop(id);
            await SendAsync("complete", id, null);
        }
    }

    private Task SendResultAsync(string id, ExecutionResult result) => SendAsync("next", id, serializer.Serialize(result));

    private Task SendErrorsAsync(string id, ExecutionResult result) => SendAsync("error", id, ErrorsJson(result));

    private string ErrorsJson(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        return document.RootElement.TryGetProperty("errors", out var e) ? e.GetRawText() : "[]";
    }

    private async Task SendAsync(string type, string? id, string? payloadJson)
    {
        var text = new StringBuilder("{\"type\":").Append(JsonSerializer.Serialize(type));
        if (id is not null)
        {
            text.Append(",\"id\":").Append(JsonSerializer.Serialize(id));
        }

        if (payloadJson is not null)
        {
            text.Append(",\"payload\":").Append(payloadJson);
        }

        var bytes = Encoding.UTF8.GetBytes(text.Append('}').ToString());
        try
        {
            await _sendGate.WaitAsync(_closing.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }

        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket is going away; the receive loop ends the connection.
        }
        finally
        {
            _sendGate.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        try
        {
            await _sendGate.WaitAsync(_closing.Token);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
                }
            }
            finally
            {
                _sendGate.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Already closed by the other side.
        }

        await _closing.CancelAsync();
    }
}
