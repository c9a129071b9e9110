using System.Net;
using System.Text;
using RareGraph.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RareGraph.EndToEnd.Tests.Security;

/// <summary>
/// A seeded run of malformed and random requests against the real server on a real socket: however wrong the input,
/// the server answers with 4xx or a GraphQL error, never 5xx, and is still healthy afterwards. Anonymous only, so the
/// shared demo data other tests read is never changed.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzTests(KestrelServer server, ITestOutputHelper output)
{
    private const int Seed = 20_261_124;
    private const int Requests = 5_000;

    [Fact]
    public async Task Five_Thousand_Malformed_Requests_Should_Cause_No_5xx_And_Leave_The_Server_Healthy()
    {
        var generator = new FuzzRequestGenerator(new Random(Seed));
        var requests = Enumerable.Range(0, Requests).Select(_ => generator.Next()).ToList();
        using var client = server.CreateHttpClient();
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        var sent = 0;

        await Parallel.ForEachAsync(
            requests,
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (fuzz, token) =>
            {
                using var request = fuzz.ToMessage();
                using var response = await client.SendAsync(request, token);
                lock (statuses)
                {
                    sent++;
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status >= 500 && failures.Count < 10)
                    {
                        failures.Add($"{status} for {fuzz}");
                    }
                }
            });

        output.WriteLine($"{sent} requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.Equal(Requests, sent);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        using var live = await client.GetAsync(new Uri("health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var query = await client.GetAsync(new Uri("graphql?query=%7B__typename%7D", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("\"Query\"", await query.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
