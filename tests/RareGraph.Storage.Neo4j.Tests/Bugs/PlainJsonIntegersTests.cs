using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Tests.Bugs;

/// <summary>
/// Plain (untyped) Query API JSON widened every integer to a double, so a 64-bit value past 2^53 came back rounded.
/// Integers now stay <see cref="long"/>; only numbers with a fraction or exponent are read as doubles.
/// </summary>
public sealed class PlainJsonIntegersTests
{
    [Fact]
    public void Plain_Values_Should_Keep_Full_64_Bit_Integers_And_Read_Floats()
    {
        var response = ResponseReader.Read(
            """{"data":{"fields":["big","ratio","missing"],"values":[[9007199254740993, 0.25, null]]}}""", typed: false);

        Assert.Equal([9007199254740993L, 0.25, null], response.Rows[0]);
    }
}
