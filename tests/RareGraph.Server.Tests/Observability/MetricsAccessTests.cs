using System.Net;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.Server.Tests.Observability;

/// <summary><c>RareGraph:Metrics:RequireRole</c> closes <c>/metrics</c> to everyone below that role; unset, it stays open.</summary>
public sealed class MetricsAccessTests : IDisposable
{
    private readonly RareGraphApp _restricted = new(demoData: false, new Dictionary<string, string?> { ["RareGraph:Metrics:RequireRole"] = RareGraphRoles.Admin });
    private readonly RareGraphApp _open = new(demoData: false);

    [Fact]
    public async Task Metrics_Should_Need_The_Configured_Role()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_restricted, apiKey: null));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(_restricted, TestCallers.KeyFor(RareGraphRoles.Editor)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_restricted, TestCallers.AdminKey));
    }

    [Fact]
    public async Task Metrics_Should_Stay_Open_When_No_Role_Is_Configured()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_open, apiKey: null));
    }

    public void Dispose()
    {
        _restricted.Dispose();
        _open.Dispose();
    }

    private static async Task<HttpStatusCode> StatusAsync(RareGraphApp app, string? apiKey)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
