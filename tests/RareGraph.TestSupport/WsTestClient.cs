using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RareGraph.TestSupport;

/// <summary>A raw graphql-transport-ws client over the in-process test server, to drive the protocol message by message.</summary>
public sealed class WsTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly WebSocket _socket;

    private WsTestClient(WebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<WsTestClient> ConnectAsync<T>(WebApplicationFactory<T> app, string? apiKey = null, string subProtocol = "graphql-transport-ws")
        where T : class
    {
        var client = app.Server.CreateWebSocketClient();
        client.SubProtocols.Add(subProtocol);
        client.ConfigureRequest = request =>
        {
            if (apiKey is not null)
            {
                request.Headers["X-Api-Key"] = apiKey;
            }
        };
        var socket = await client.ConnectAsync(new Uri(app.Server.BaseAddress, "graphql"), CancellationToken.None);
        return new WsTestClient(socket);
    }

    /// <summary>Connects with the ADMIN key and completes connection_init/connection_ack.</summary>
    public static async Task<WsTestClient> ReadyAsync<T>(WebApplicationFactory<T> app)
        where T : class
    {
        var client = await ConnectAsync(app, TestCallers.AdminKey);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (string?)(await client.ReceiveAsync())!["type"]);
        return client;
    }

    public Task SendAsync(JsonObject message) => SendTextAsync(message.ToJsonString());

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, JsonObject? variables = null) =>
        SendAsync(new JsonObject
        {
            ["type"] = "subscribe",
            ["id"] = id,
            ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables },
        });

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        using var limit = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, limit.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(text.ToArray())!.AsObject();
    }

    /// <summary>Reads until the server closes; returns the close code.</summary>
    public async Task<int> ClosedWithAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
            {
                // Already gone.
            }
        }

        _socket.Dispose();
    }
}
