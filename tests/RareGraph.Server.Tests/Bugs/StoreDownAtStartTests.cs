using System.Net;
using Microsoft.Extensions.Logging;
using RareGraph.TestSupport;

namespace RareGraph.Server.Tests.Bugs;

/// <summary>
/// Issue 10, item 7: a store that was down at start crashed the server after five retries (exit 134, 340 lines of stack
/// traces). Now the server waits for it — one Warning per attempt, /health/ready 503, GraphQL UNAVAILABLE — and
/// becomes ready by itself, demo data and all, when the store appears. (The built process is tested end to end in
/// RareGraph.EndToEnd.Tests, Hosting.)
/// </summary>
public sealed class StoreDownAtStartTests
{
    [Fact]
    public async Task Server_Should_Wait_For_A_Store_That_Comes_Up_Late_And_Then_Be_Ready_By_Itself()
    {
        TestGraphStore? late = null;
        using var app = new RareGraphApp(
            demoData: true,
            settings: new Dictionary<string, string?>
            {
                ["RareGraph:StoreStart:FirstRetryDelay"] = "00:00:00.05",
                ["RareGraph:StoreStart:MaxRetryDelay"] = "00:00:00.2",
            },
            configureStore: store =>
            {
                late = store;
                store.Unreachable = true;
            });
        var client = app.CreateClient();

        using (var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        using (var refused = await app.PostAsync(new { query = "{ organisations { totalCount } }" }))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains("\"code\":\"UNAVAILABLE\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await WaitUntilAsync(() => late!.RefusedInitializations >= 3);
        late!.Unreachable = false;
        await WaitUntilAsync(async () =>
        {
            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return ready.StatusCode == HttpStatusCode.OK;
        });

        var json = await app.GraphQLAsync("{ organisations { totalCount } }");
        Assert.True((int)json["data"]!["organisations"]!["totalCount"]! > 0, json.ToJsonString());
        var warnings = app.Logs.Entries.Where(e => e.Category.EndsWith("StoreInitializer", StringComparison.Ordinal) && e.Level == LogLevel.Warning).ToList();
        Assert.Equal(late.RefusedInitializations, warnings.Count);
        Assert.All(warnings, w => Assert.Null(w.Exception));
        // ASP.NET's health-check service logs each 503 probe at Error (one line, no exception): the only errors allowed.
        Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Error && !e.Category.EndsWith("DefaultHealthCheckService", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Exception is not null);
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    /// <summary>Polls for an event; the bound only keeps a broken build from hanging the suite.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 2_400; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The condition never held.");
    }
}
