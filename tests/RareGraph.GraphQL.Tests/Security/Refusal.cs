using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>
/// Proves that a hostile request was refused before execution: the code it answered with, no data, and nothing ran —
/// no document reached GraphQL execution and the store was not called (never the wall clock).
/// </summary>
internal sealed class Refusal(RareGraphApp app)
{
    public async Task AssertRefusedAsync(string query, string code, string? operationName = null)
    {
        var ran = Ran();
        var json = await app.GraphQLAsync(query, operationName: operationName);
        Assert.Equal(code, Code(json));
        Assert.Null(json["data"]);
        AssertNothingRan(ran);
    }

    /// <summary>Documents executed and store calls so far (tests of one class run one at a time).</summary>
    public (int Executions, int StoreCalls) Ran() => (app.Executions.Executions, app.Store.Calls);

    public void AssertNothingRan((int Executions, int StoreCalls) before)
    {
        Assert.Equal(before.Executions, app.Executions.Executions);
        Assert.Equal(before.StoreCalls, app.Store.Calls);
    }

    public static string? Code(JsonObject json) => (string?)json["errors"]?[0]?["extensions"]?["code"];
}
