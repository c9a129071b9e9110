using System.Net;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace RareGraph.Storage.Neo4j.Tests.Store;

public sealed class CountWireTests
{
    [Fact]
    public async Task Threat_Counts_Should_Be_One_Grouping_Read_Whose_Rows_Become_Ordered_Buckets()
    {
        var snapshot = Snapshot.FullName();
        var handler = new FakeNeo4jHandler().Then(
            HttpStatusCode.Accepted,
            """
            {"data":{"fields":["k0","k1","count"],"values":[
              [{"$type":"String","_value":"2024"},{"$type":"Null","_value":null},{"$type":"Integer","_value":"2"}],
              [{"$type":"String","_value":"2024"},{"$type":"String","_value":"HU"},{"$type":"Integer","_value":"3"}],
              [{"$type":"String","_value":"2012"},{"$type":"String","_value":"RU"},{"$type":"Integer","_value":"1"}]
            ]},"bookmarks":["FB:r"]}
            """);
        var store = StoreFactory.Create(handler);

        var buckets = await store.CountThreatsByAsync(
            new FieldFilter(EntityField.Category, FilterOperator.Equals, ["Legislation"]),
            [ThreatDimension.Year, ThreatDimension.Jurisdiction],
            CancellationToken.None);

        Assert.Equal(["2012,RU=1", "2024,HU=3", "2024,-=2"], buckets.Select(b => string.Join(",", b.Keys.Select(k => k ?? "-")) + "=" + b.Count));
        var request = Assert.Single(handler.Requests, r => r.Statement is not null);
        Assert.Contains("count(DISTINCT n) AS count", request.Statement, StringComparison.Ordinal);
        Assert.Contains("OPTIONAL MATCH (n)-[:OCCURRED_IN]->(place:Entity)", request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("Legislation", request.Statement, StringComparison.Ordinal);
        WireSnapshot.Match(snapshot, "CountThreatsByAsync(category = Legislation, by: [Year, Jurisdiction])", handler, buckets);
    }

    [Fact]
    public async Task Relationship_Counts_Should_Report_Types_By_Their_Model_Names()
    {
        var snapshot = Snapshot.FullName();
        var handler = new FakeNeo4jHandler().Then(
            HttpStatusCode.Accepted,
            """
            {"data":{"fields":["k0","count"],"values":[
              [{"$type":"String","_value":"PARTNERS_WITH"},{"$type":"Integer","_value":"7"}],
              [{"$type":"String","_value":"BASED_IN"},{"$type":"Integer","_value":"40"}]
            ]},"bookmarks":["FB:r"]}
            """);
        var store = StoreFactory.Create(handler);

        var buckets = await store.CountRelationshipsByAsync(
            new RelationshipFilter { MinConfidence = 0.5 },
            [RelationshipDimension.Type],
            CancellationToken.None);

        Assert.Equal(["BasedIn=40", "PartnersWith=7"], buckets.Select(b => b.Keys[0] + "=" + b.Count));
        var request = Assert.Single(handler.Requests, r => r.Statement is not null);
        Assert.Contains("coalesce(r.confidence, 1.0) >= $p0", request.Statement, StringComparison.Ordinal);
        WireSnapshot.Match(snapshot, "CountRelationshipsByAsync(minConfidence: 0.5, by: [Type])", handler, buckets);
    }
}
