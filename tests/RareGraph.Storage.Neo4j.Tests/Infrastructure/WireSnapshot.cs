using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace RareGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// One reviewed file per wire test holding cause and effect together: the store call, every Cypher statement it sent
/// with its parameters (as they went over the wire), and what the store answered from the scripted rows.
/// </summary>
internal static class WireSnapshot
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Converters = { new StringEnumConverter() },
        NullValueHandling = NullValueHandling.Ignore,
    });

    public static void Match(SnapshotFullName name, string request, FakeNeo4jHandler handler, object response)
    {
        var statements = handler.Requests
            .Where(r => r.Statement is not null)
            .Select(r => new JObject
            {
                ["path"] = r.Path,
                ["statement"] = r.Statement,
                ["parameters"] = r.BodyProperty("parameters") is { } parameters ? JToken.Parse(parameters.GetRawText()) : null,
            });
        var snapshot = new JObject
        {
            ["request"] = request,
            ["cypher"] = new JArray(statements),
            ["response"] = JToken.FromObject(response, Serializer),
        };
        Snapshot.Match(snapshot, name);
    }
}
