using GraphQL;

namespace RareGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>Forwards a subscription's results to its socket as <c>next</c>, and its end as <c>complete</c>.</summary>
internal sealed class WsStreamObserver(GraphQLWsConnection connection, string id) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => connection.OnStreamResultAsync(id, value).GetAwaiter().GetResult();

    // Stream errors arrive as results with errors (GraphQL.NET maps them); a raw OnError ends the operation cleanly.
    public void OnError(Exception error) => connection.OnStreamEndAsync(id).GetAwaiter().GetResult();

    public void OnCompleted() => connection.OnStreamEndAsync(id).GetAwaiter().GetResult();
}
