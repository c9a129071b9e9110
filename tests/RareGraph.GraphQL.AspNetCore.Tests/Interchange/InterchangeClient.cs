using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>Calls the interchange endpoints of a test server as a given role.</summary>
internal static class InterchangeClient
{
    public static async Task<HttpResponseMessage> GetAsync(RareGraphApp app, string path, string role = RareGraphRoles.Admin)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        if (TestCallers.KeyFor(role) is { } key)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return await client.GetAsync(new Uri(path, UriKind.Relative));
    }

    public static async Task<HttpResponseMessage> ImportAsync(RareGraphApp app, HttpContent content, string query = "", string role = RareGraphRoles.Admin)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        if (TestCallers.KeyFor(role) is { } key)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return await client.PostAsync(new Uri("/import" + query, UriKind.Relative), content);
    }

    public static MultipartFormDataContent CsvPair(string nodes, string relationships) => new()
    {
        { new StringContent(nodes, System.Text.Encoding.UTF8, "text/csv"), "nodes", "nodes.csv" },
        { new StringContent(relationships, System.Text.Encoding.UTF8, "text/csv"), "relationships", "relationships.csv" },
    };

    public static async Task<long> VersionAsync(RareGraphApp app) =>
        await app.Services.GetRequiredService<RareGraph.Domain.Storage.IGraphStore>().GetVersionAsync(CancellationToken.None);

    public static async Task<string> TextAsync(RareGraphApp app, string path, string role = RareGraphRoles.Admin)
    {
        using var response = await GetAsync(app, path, role);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    /// <summary>How many entities and relationships the GraphQL API counts in the whole graph, for an ADMIN.</summary>
    public static async Task<(int Nodes, int Relationships)> GraphQLTotalsAsync(RareGraphApp app)
    {
        // Exports hold everything an editor reads: the spill-over network and the alliance's own work, attendance included.
        var data = (await app.GraphQLAsync(
            "{ jurisdictions { totalCount } organisations { totalCount } defenders { totalCount } threats { totalCount } "
            + "programmes { totalCount } camps { totalCount } campaigns { totalCount } actionItems { totalCount } relationshipCounts { count } }"))["data"]!;
        var nodes = new[] { "jurisdictions", "organisations", "defenders", "threats", "programmes", "camps", "campaigns", "actionItems" }
            .Sum(f => data[f]!["totalCount"]!.GetValue<int>());
        var relationships = data["relationshipCounts"]!.AsArray().Sum(b => b!["count"]!.GetValue<int>());
        return (nodes, relationships);
    }

    public static JsonObject ErrorOf(string body) => JsonNode.Parse(body)!["errors"]![0]!.AsObject();
}
