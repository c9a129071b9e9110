using GraphQL;
using Microsoft.AspNetCore.Http;
using RareGraph.GraphQL.AspNetCore.PersistedQueries;
using RareGraph.GraphQL.AspNetCore.Security;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket upgrades at the GraphQL endpoint for the graphql-transport-ws sub-protocol.</summary>
internal sealed class GraphQLWebSocketEndpoint(
    RareGraphExecutor executor,
    PersistedQueryResolver persistedQueries,
    IGraphQLTextSerializer serializer,
    GraphQLWsOptions options,
    WebSocketCaller caller,
    ICredentialLifetime lifetime,
    IOperationRateLimit rateLimit)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsOptions.SubProtocol))
        {
            // Accept, then close with the protocol's code, so a client of another protocol learns why.
            using var other = await http.WebSockets.AcceptWebSocketAsync();
            await other.CloseAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)GraphQLWsCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable",
                http.RequestAborted);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync(GraphQLWsOptions.SubProtocol);
        await using var connection = new GraphQLWsConnection(socket, http, executor, persistedQueries, serializer, options, caller, lifetime, rateLimit);
        await connection.RunAsync();
    }
}
