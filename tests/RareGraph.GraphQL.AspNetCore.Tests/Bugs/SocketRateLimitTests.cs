using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Bugs;

/// <summary>
/// Issue 10 item 2: HTTP stopped anonymous callers at their limit, but any number of queries ran over one socket. Every
/// operation over a socket now takes a permit of the same per-key or per-address budget as HTTP; a refused operation
/// gets an <c>error</c> message with LIMIT_EXCEEDED and the socket stays open. SSE, one operation per request, counts
/// like HTTP.
/// </summary>
public sealed class SocketRateLimitTests
{
    [Fact]
    public async Task Anonymous_Socket_Operations_Should_Stop_At_The_Address_Limit_And_The_Socket_Stay_Open()
    {
        using var app = Limited(anonymousPermits: 5, permits: 100);
        await using var socket = await WsTestClient.ConnectAsync(app);
        await socket.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (string?)(await socket.ReceiveAsync())!["type"]);

        var answers = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await RunAsync(socket, $"q{i}"));
        }

        // The upgrade request took one permit of five: four operations run, the rest are refused one by one.
        Assert.Equal(["next", "next", "next", "next", "LIMIT_EXCEEDED", "LIMIT_EXCEEDED", "LIMIT_EXCEEDED", "LIMIT_EXCEEDED"], answers);
        await socket.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", (string?)(await socket.ReceiveAsync())!["type"]);
    }

    [Fact]
    public async Task Socket_Operations_Should_Share_The_Key_Budget_With_Http()
    {
        using var app = Limited(anonymousPermits: 100, permits: 5);
        var viewer = TestCallers.KeyFor(RareGraphRoles.Viewer)!;
        await using var socket = await WsTestClient.ConnectAsync(app, viewer);
        await socket.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (string?)(await socket.ReceiveAsync())!["type"]);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null((await app.GraphQLAsAsync(viewer, "{ __typename }"))["errors"]);
        }

        Assert.Equal("next", await RunAsync(socket, "last-permit"));
        Assert.Equal("LIMIT_EXCEEDED", await RunAsync(socket, "over"));
        using var http = await app.PostAsync(new { query = "{ __typename }" }, "application/json", viewer);
        Assert.Equal(HttpStatusCode.TooManyRequests, http.StatusCode);
    }

    [Fact]
    public async Task Sse_Operations_Should_Count_Like_Http_Requests()
    {
        using var app = Limited(anonymousPermits: 3, permits: 100);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Remove("X-Api-Key");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query = "{ __typename }" }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static RareGraphApp Limited(int anonymousPermits, int permits) => new(demoData: false, new Dictionary<string, string?>
    {
        ["RareGraph:Security:AllowAnonymousRead"] = "true",
        ["RareGraph:Security:RateLimit:AnonymousPermitsPerMinute"] = anonymousPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RareGraph:Security:RateLimit:PermitsPerMinute"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Runs <c>{ __typename }</c> as operation <paramref name="id"/>: "next" when it ran, else the error's code.</summary>
    private static async Task<string> RunAsync(WsTestClient socket, string id)
    {
        await socket.SubscribeAsync(id, "{ __typename }");
        var answer = (await socket.ReceiveAsync())!;
        Assert.Equal(id, (string?)answer["id"]);
        if ((string?)answer["type"] == "next")
        {
            Assert.Equal("complete", (string?)(await socket.ReceiveAsync())!["type"]);
            return "next";
        }

        Assert.Equal("error", (string?)answer["type"]);
        return (string)answer["payload"]![0]!["extensions"]!["code"]!;
    }
}
