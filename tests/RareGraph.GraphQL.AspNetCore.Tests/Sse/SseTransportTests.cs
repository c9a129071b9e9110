using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.Subscriptions;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Sse;

/// <summary>GraphQL over Server-Sent Events: a POST accepting text/event-stream gets next events, then complete.</summary>
public sealed class SseTransportTests : IDisposable
{
    private readonly RareGraphApp _app = new(demoData: false);

    [Fact]
    public async Task Query_Streams_One_Next_Then_Complete()
    {
        using var response = await PostAsync("{ __typename }");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("event: next\ndata: {\"data\":{\"__typename\":\"Query\"}}\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata: \n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscription_Streams_Events_Of_Later_Writes()
    {
        using var response = await PostAsync("subscription { threatRecorded { threatKey } }");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var registry = _app.Services.GetRequiredService<SubscriptionRegistry>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (registry.Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The SSE subscription never registered.");
            await Task.Delay(20);
        }

        var written = await _app.GraphQLAsync(
            "mutation { upsertJurisdiction(input: {key: \"jur:sse\", name: \"SSE\", code: \"AT\"}) { changed } "
            + "recordThreat(input: {key: \"threat:sse\", title: \"SSE raid\", category: RAID, occurredOn: \"2026-04-01\", jurisdictionKey: \"jur:sse\"}) { graphVersion } }");
        Assert.True(written["errors"] is null, written.ToJsonString());

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        Assert.Equal("event: next", await reader.ReadLineAsync(limit.Token));
        var data = (await reader.ReadLineAsync(limit.Token))!;
        using var payload = JsonDocument.Parse(data["data: ".Length..]);
        Assert.Equal("threat:sse", payload.RootElement.GetProperty("data").GetProperty("threatRecorded").GetProperty("threatKey").GetString());
    }

    public void Dispose() => _app.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string query)
    {
        var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
