using System.Text;
using System.Text.Json;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Tests.Wire;

public sealed class RequestWriterTests
{
    [Fact]
    public void Typed_Parameters_Should_Match_The_Documented_Request_Shape()
    {
        using var documented = JsonDocument.Parse(Fixture.Read("req-typed.json"));
        var request = CypherRequest.Write(
            documented.RootElement.GetProperty("statement").GetString()!,
            new Dictionary<string, object?>
            {
                ["id"] = "c-1",
                ["at"] = new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)),
                ["n"] = 9007199254740993L,
            });

        using var written = JsonDocument.Parse(RequestWriter.Write(request, []));
        var parameters = written.RootElement.GetProperty("parameters");
        var expected = documented.RootElement.GetProperty("parameters");
        Assert.Equal(expected.GetProperty("id").GetRawText(), parameters.GetProperty("id").GetRawText());
        Assert.Equal(expected.GetProperty("n").GetRawText(), parameters.GetProperty("n").GetRawText());
        Assert.Equal("OffsetDateTime", parameters.GetProperty("at").GetProperty("$type").GetString());
        Assert.False(written.RootElement.TryGetProperty("accessMode", out _));
    }

    [Fact]
    public void Values_Should_Keep_Their_Cypher_Types()
    {
        var body = Encoding.UTF8.GetString(RequestWriter.Write(
            CypherRequest.Read("RETURN 1", new Dictionary<string, object?>
            {
                ["whole"] = 1.0,
                ["day"] = new DateOnly(2024, 2, 29),
                ["list"] = new List<object?> { "a", 2L },
                ["map"] = new Dictionary<string, object?> { ["k"] = null },
            }),
            []));

        Assert.Contains("\"whole\":{\"$type\":\"Float\",\"_value\":\"1\"}", body, StringComparison.Ordinal);
        Assert.Contains("\"day\":{\"$type\":\"Date\",\"_value\":\"2024-02-29\"}", body, StringComparison.Ordinal);
        Assert.Contains(
            "\"list\":{\"$type\":\"List\",\"_value\":[{\"$type\":\"String\",\"_value\":\"a\"},{\"$type\":\"Integer\",\"_value\":\"2\"}]}",
            body,
            StringComparison.Ordinal);
        Assert.Contains("\"map\":{\"$type\":\"Map\",\"_value\":{\"k\":{\"$type\":\"Null\",\"_value\":null}}}", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_Should_Ask_For_Read_Access_And_Carry_Bookmarks()
    {
        using var written = JsonDocument.Parse(RequestWriter.Write(CypherRequest.Read("RETURN 1 AS ok"), ["FB:a", "FB:b"]));

        Assert.Equal("Read", written.RootElement.GetProperty("accessMode").GetString());
        Assert.Equal(["FB:a", "FB:b"], written.RootElement.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public void Written_Values_Should_Read_Back_Unchanged()
    {
        var values = new Dictionary<string, object?>
        {
            ["i"] = long.MaxValue,
            ["f"] = 0.1 + 0.2,
            ["d"] = new DateOnly(1999, 12, 31),
            ["s"] = "quote ' and \" and \\",
            ["b"] = false,
        };
        using var written = JsonDocument.Parse(RequestWriter.Write(CypherRequest.Read("RETURN 1", values), []));

        foreach (var (name, value) in values)
        {
            Assert.Equal(value, ValueReader.ReadTyped(written.RootElement.GetProperty("parameters").GetProperty(name)));
        }
    }
}
