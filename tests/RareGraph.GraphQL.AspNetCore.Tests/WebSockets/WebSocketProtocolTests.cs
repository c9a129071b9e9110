using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.AspNetCore.WebSockets;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The graphql-transport-ws protocol as the server speaks it: handshake, ping, operations and close codes.</summary>
public sealed class WebSocketProtocolTests : IClassFixture<WebSocketProtocolTests.App>
{
    private readonly RareGraphApp _app;

    public WebSocketProtocolTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _app = app.Instance;
    }

    [Fact]
    public async Task Init_Is_Acknowledged_And_Ping_Gets_Pong()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", (string?)(await client.ReceiveAsync())!["type"]);
    }

    [Fact]
    public async Task Query_Over_The_Socket_Gets_One_Next_Then_Complete()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("q1", "{ __typename }");
        var next = (await client.ReceiveAsync())!;
        Assert.Equal("next", (string?)next["type"]);
        Assert.Equal("q1", (string?)next["id"]);
        Assert.Equal("Query", (string?)next["payload"]!["data"]!["__typename"]);
        var complete = (await client.ReceiveAsync())!;
        Assert.Equal("complete", (string?)complete["type"]);
        Assert.Equal("q1", (string?)complete["id"]);
    }

    [Fact]
    public async Task Invalid_Document_Gets_An_Error_Message_With_The_Errors()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("bad", "subscription { noSuchField }");
        var error = (await client.ReceiveAsync())!;
        Assert.Equal("error", (string?)error["type"]);
        Assert.Equal("bad", (string?)error["id"]);
        Assert.NotEmpty(error["payload"]!.AsArray());
    }

    [Fact]
    public async Task Subscribe_Before_Init_Closes_With_4401()
    {
        await using var client = await WsTestClient.ConnectAsync(_app, TestCallers.AdminKey);
        await client.SubscribeAsync("s", "{ __typename }");
        Assert.Equal(4401, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Second_Init_Closes_With_4429()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal(4429, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Reused_Operation_Id_Closes_With_4409()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("same", "subscription { threatRecorded { threatKey } }");
        await client.SubscribeAsync("same", "subscription { threatRecorded { threatKey } }");
        Assert.Equal(4409, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Unparseable_Message_Closes_With_4400()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SendTextAsync("{not json");
        Assert.Equal(4400, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Unknown_Credentials_In_Init_Payload_Close_With_4403()
    {
        await using var client = await WsTestClient.ConnectAsync(_app);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["x-api-key"] = "rg_not-a-key" } });
        Assert.Equal(4403, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Credentials_In_Init_Payload_Authenticate_The_Socket()
    {
        await using var client = await WsTestClient.ConnectAsync(_app);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["x-api-key"] = TestCallers.AdminKey } });
        Assert.Equal("connection_ack", (string?)(await client.ReceiveAsync())!["type"]);
        await client.SubscribeAsync("a", "subscription { threatRecorded { threatKey } }");
        await client.SubscribeAsync("b", "{ __typename }");
        Assert.Equal("next", (string?)(await client.ReceiveAsync())!["type"]);
    }

    [Fact]
    public async Task Anonymous_Socket_Is_Refused_A_Subscription_It_May_Not_Run()
    {
        await using var client = await WsTestClient.ConnectAsync(_app);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (string?)(await client.ReceiveAsync())!["type"]);
        await client.SubscribeAsync("s", "subscription { threatRecorded { threatKey } }");
        var error = (await client.ReceiveAsync())!;
        Assert.Equal("error", (string?)error["type"]);
    }

    [Fact]
    public async Task Viewer_May_Follow_Threats_But_Not_Exposure_Alerts()
    {
        await using var client = await WsTestClient.ConnectAsync(_app, TestCallers.KeyFor(RareGraphRoles.Viewer));
        await client.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (string?)(await client.ReceiveAsync())!["type"]);
        await client.SubscribeAsync("x", "subscription { exposureAlert(organisationKey: \"org:any\") { threatKey } }");
        var refused = (await client.ReceiveAsync())!;
        Assert.Equal("error", (string?)refused["type"]);
        Assert.Equal("FORBIDDEN", (string?)refused["payload"]![0]!["extensions"]!["code"]);

        await client.SubscribeAsync("t", "subscription { threatRecorded { threatKey } }");
        await client.SubscribeAsync("q", "{ __typename }");
        var answered = (await client.ReceiveAsync())!;
        Assert.Equal("next", (string?)answered["type"]);
        Assert.Equal("q", (string?)answered["id"]);
    }

    [Fact]
    public async Task Missing_Init_Closes_With_4408()
    {
        using var quick = _app.WithWebHostBuilder(b => b.ConfigureTestServices(
            s => s.AddSingleton(new GraphQLWsOptions { ConnectionInitTimeout = TimeSpan.FromMilliseconds(200) })));
        await using var client = await WsTestClient.ConnectAsync(quick, TestCallers.AdminKey);
        Assert.Equal(4408, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Other_Sub_Protocol_Closes_With_4406()
    {
        await using var client = await WsTestClient.ConnectAsync(_app, TestCallers.AdminKey, "graphql-ws");
        Assert.Equal(4406, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Subscription_Over_Http_Is_Refused()
    {
        var body = await _app.GraphQLAsync("subscription { threatRecorded { threatKey } }");
        Assert.Equal("VALIDATION", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    /// <summary>One empty server for the protocol tests.</summary>
    public sealed class App : IDisposable
    {
        public RareGraphApp Instance { get; } = new(demoData: false);

        public void Dispose() => Instance.Dispose();
    }
}
