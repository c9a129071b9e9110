using RareGraph.Storage.Neo4j.Tests.Infrastructure;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Tests.Wire;

public sealed class ResponseReaderTests
{
    [Fact]
    public void Typed_Response_Should_Decode_Nodes_Relationships_Integers_Temporals_And_Lists()
    {
        var response = ResponseReader.Read(Fixture.Read("resp-typed.json"), typed: true);

        Assert.Equal(["n", "r", "since", "tags"], response.Fields);
        var row = Assert.Single(response.Rows);
        var node = Assert.IsType<Neo4jNode>(row[0]);
        Assert.Equal("4:db:1", node.ElementId);
        Assert.Equal(["Customer"], node.Labels);
        Assert.Equal(42L, node.Properties["age"]);
        var relationship = Assert.IsType<Neo4jRelationship>(row[1]);
        Assert.Equal(("BOUGHT", "4:db:1", "4:db:2"), (relationship.Type, relationship.StartNodeElementId, relationship.EndNodeElementId));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero), row[2]);
        Assert.Equal(["vip"], Assert.IsType<List<object?>>(row[3]));
        Assert.Equal(["FB:opaque"], response.Bookmarks);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public void Plain_Response_Should_Decode_Nodes_Values_And_Bookmarks()
    {
        var response = ResponseReader.Read(Fixture.Read("resp-plain.json"), typed: false);

        var row = Assert.Single(response.Rows);
        var node = Assert.IsType<Neo4jNode>(row[0]);
        Assert.Equal("Ada", node.Properties["name"]);
        Assert.Equal("c-1", row[1]);
        Assert.Equal(["FB:opaque-token"], response.Bookmarks);
    }

    [Fact]
    public void Typed_Values_Should_Decode_Every_Scalar_Type_The_Adapter_Uses()
    {
        var response = ResponseReader.Read(
            """
            {"data":{"fields":["i","f","whole","nan","s","b","d","n","m"],"values":[[
              {"$type":"Integer","_value":"-9223372036854775808"},
              {"$type":"Float","_value":"0.6"},
              {"$type":"Float","_value":"1"},
              {"$type":"Float","_value":"NaN"},
              {"$type":"String","_value":"Ünïcode ✓"},
              {"$type":"Boolean","_value":true},
              {"$type":"Date","_value":"2024-02-29"},
              {"$type":"Null","_value":null},
              {"$type":"Map","_value":{"k":{"$type":"Integer","_value":"7"}}}
            ]]}}
            """,
            typed: true);

        var row = response.Rows[0];
        Assert.Equal(long.MinValue, row[0]);
        Assert.Equal(0.6, row[1]);
        Assert.IsType<double>(row[2]);
        Assert.True(double.IsNaN((double)row[3]!));
        Assert.Equal("Ünïcode ✓", row[4]);
        Assert.Equal(true, row[5]);
        Assert.Equal(new DateOnly(2024, 2, 29), row[6]);
        Assert.Null(row[7]);
        Assert.Equal(7L, Assert.IsType<Dictionary<string, object?>>(row[8])["k"]);
    }

    [Fact]
    public void Error_Response_Should_Expose_The_Code_And_Message()
    {
        var response = ResponseReader.Read(Fixture.Read("resp-error.json"), typed: true);

        var error = Assert.Single(response.Errors);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Invalid input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_After_Rows_Should_Still_Be_Reported()
    {
        var response = ResponseReader.Read(
            """
            {"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]},
             "errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}
            """,
            typed: true);

        Assert.Single(response.Rows);
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", Assert.Single(response.Errors).Code);
    }

    [Fact]
    public void Open_Transaction_Response_Should_Give_The_Transaction_Id()
    {
        var response = ResponseReader.Read(Fixture.Read("resp-tx-open.json"), typed: true);

        Assert.Equal("aB3", response.TransactionId);
        Assert.Empty(response.Rows);
    }

    [Fact]
    public void Notifications_Should_Be_Read_Without_Failing_The_Response()
    {
        var response = ResponseReader.Read(
            """
            {"data":{"fields":[],"values":[]},"notifications":[{"code":"Neo.ClientNotification.Statement.CartesianProduct",
             "title":"t","description":"d","severity":"INFORMATION","category":"PERFORMANCE"}],"bookmarks":["FB:b"]}
            """,
            typed: true);

        Assert.Equal(["Neo.ClientNotification.Statement.CartesianProduct"], response.NotificationCodes);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public void Flat_Values_From_Early_Servers_Should_Be_Cut_Into_Rows()
    {
        var response = ResponseReader.Read("""{"data":{"fields":["a","b"],"values":["x",1,"y",2]}}""", typed: false);

        Assert.Equal(2, response.Rows.Count);
        Assert.Equal(["y", 2L], response.Rows[1]);
    }

    [Fact]
    public void Discovery_Should_Report_Version_Edition_And_Query_Api()
    {
        var info = QueryApiClient.ParseDiscovery(Fixture.Read("discovery.json"));

        Assert.Equal(new ServerInfo("2025.10.1", "community", QueryApiEnabled: true), info);
        Assert.False(QueryApiClient.ParseDiscovery("""{"neo4j_version":"5.18.0"}""").QueryApiEnabled);
    }
}
