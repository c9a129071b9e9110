using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Cypher;

namespace RareGraph.Storage.Neo4j.Tests.Cypher;

public sealed class ListingCypherTests
{
    [Fact]
    public void Keyset_Should_Start_Strictly_After_The_Position_With_Key_As_Tie_Breaker()
    {
        var query = new EntityQuery(
            EntityLabel.Threat,
            null,
            [new SortSpec(EntityField.Severity, Descending: true), new SortSpec(EntityField.OccurredOn)],
            new KeysetPosition([3, new DateOnly(2024, 1, 1)], "t-9"),
            Backward: false,
            Limit: 20);

        var (statement, parameters) = ListingCypher.List(query);

        Assert.Equal(
            "MATCH (n:Entity:Threat) WHERE ((n.severityRank < $p0) OR (n.severityRank = $p0 AND n.occurredOn > $p1) OR " +
            "(n.severityRank = $p0 AND n.occurredOn = $p1 AND n.key > $p2)) " +
            "RETURN n ORDER BY n.severityRank DESC, n.occurredOn, n.key LIMIT $p3",
            statement);
        Assert.Equal([3L, new DateOnly(2024, 1, 1), "t-9", 20L], parameters.Values);
    }

    [Fact]
    public void Backward_Page_Should_Flip_Every_Direction()
    {
        var query = new EntityQuery(
            EntityLabel.Organisation, null, [new SortSpec(EntityField.Name)], new KeysetPosition(["M"], "o-1"), Backward: true, Limit: 5);

        var (statement, _) = ListingCypher.List(query);

        Assert.EndsWith(
            "WHERE ((n.nameFold < $p0) OR (n.nameFold = $p0 AND n.key < $p1)) RETURN n ORDER BY n.nameFold DESC, n.key DESC LIMIT $p2",
            statement,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_Should_Compare_Severities_By_Rank_And_Match_Names_Folded()
    {
        var filter = new AllOfFilter(
        [
            new FieldFilter(EntityField.Severity, FilterOperator.GreaterThanOrEqual, ["High"]),
            new FieldFilter(EntityField.Severity, FilterOperator.In, ["Low", "Critical"]),
            new FieldFilter(EntityField.Name, FilterOperator.Contains, ["MÉDIA"]),
        ]);

        var (statement, parameters) = ListingCypher.Count(EntityLabel.Threat, filter);

        Assert.Equal(
            "MATCH (n:Entity:Threat) WHERE ((n.severityRank >= $p0) AND (n.severity IN $p1) AND (n.nameFold CONTAINS $p2)) RETURN count(n) AS total",
            statement);
        Assert.Equal(2L, parameters["p0"]);
        Assert.Equal("media", parameters["p2"]);
    }

    [Fact]
    public void Tags_And_Relationship_Filters_Should_Use_Any_And_Exists()
    {
        var filter = new AnyOfFilter(
        [
            new FieldFilter(EntityField.Tag, FilterOperator.StartsWith, ["PR"]),
            new HasRelationshipFilter(RelationshipType.BasedIn, RelationshipDirection.Outgoing, "j-hu"),
        ]);

        var (statement, _) = ListingCypher.Count(EntityLabel.Organisation, filter);

        Assert.Contains("any(tag IN coalesce(n.tags, []) WHERE toLower(tag) STARTS WITH $p0)", statement, StringComparison.Ordinal);
        Assert.Contains("EXISTS { MATCH (n)-[:BASED_IN]->(other:Entity) WHERE other.key = $p1 }", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_A_Label_Lacks_Should_Be_Refused()
    {
        Assert.Throws<ArgumentException>(() => ListingCypher.Count(
            EntityLabel.Organisation, new FieldFilter(EntityField.Category, FilterOperator.Equals, ["Raid"])));
        Assert.Throws<ArgumentException>(() => ListingCypher.List(
            new EntityQuery(EntityLabel.Defender, null, [new SortSpec(EntityField.Severity)], null, false, 10)));
    }
}
