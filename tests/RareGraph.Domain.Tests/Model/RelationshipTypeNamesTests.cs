using RareGraph.Domain.Model;

namespace RareGraph.Domain.Tests.Model;

/// <summary>
/// Every relationship type has one stored name, the schema's UPPER_SNAKE spelling, and that name reads back as the same
/// type: the names both stores keep, independent of how the C# member is written.
/// </summary>
public sealed class RelationshipTypeNamesTests
{
    [Fact]
    public void Every_Type_Should_Read_Back_From_Its_Name()
    {
        Assert.All(Enum.GetValues<RelationshipType>(), type =>
        {
            Assert.True(RelationshipTypeNames.TryParse(RelationshipTypeNames.Of(type), out var parsed));
            Assert.Equal(type, parsed);
        });
    }

    [Fact]
    public void Names_Should_Be_Upper_Snake_Case_And_Distinct()
    {
        var names = Enum.GetValues<RelationshipType>().Select(RelationshipTypeNames.Of).ToList();

        Assert.Equal("PARTNERS_WITH", RelationshipTypeNames.Of(RelationshipType.PartnersWith));
        Assert.All(names, name => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("PartnersWith")]
    [InlineData("partners_with")]
    [InlineData("")]
    public void Other_Spellings_Should_Not_Be_Read_As_A_Type(string name)
    {
        Assert.False(RelationshipTypeNames.TryParse(name, out _));
    }
}
