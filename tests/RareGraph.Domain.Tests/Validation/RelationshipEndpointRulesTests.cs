using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Validation;

namespace RareGraph.Domain.Tests.Validation;

/// <summary>
/// The relationship table's endpoint rules on their own, without a writer or a store: which labels and organisation
/// kinds each type may join, and that lineage runs from the later threat to the earlier. The failing end is named.
/// </summary>
public sealed class RelationshipEndpointRulesTests
{
    private static readonly Organisation Ngo = new("org:ngo", "An NGO", OrganisationKind.Ngo);
    private static readonly Organisation Government = new("org:gov", "A government", OrganisationKind.Government);
    private static readonly Jurisdiction Hungary = new("HU", "Hungary", "HU", JurisdictionKind.Country);
    private static readonly Threat Earlier = new("t:earlier", "Earlier law", ThreatCategory.Legislation, new DateOnly(2012, 7, 20));
    private static readonly Threat Later = new("t:later", "Later law", ThreatCategory.Legislation, new DateOnly(2023, 12, 12));

    public static TheoryData<string, string> Broken() => new()
    {
        { "based in an organisation", "to" },
        { "governs from an NGO", "from" },
        { "advocates to an NGO", "to" },
        { "modelled on a later threat", "from" },
        { "targets a threat", "to" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_Rule_Should_Be_Validation_Naming_The_End(string rule, string end)
    {
        var (relationship, from, to) = rule switch
        {
            "based in an organisation" => (new Relationship(Ngo.Key, RelationshipType.BasedIn, Government.Key), (Entity)Ngo, (Entity)Government),
            "governs from an NGO" => (new Relationship(Ngo.Key, RelationshipType.Governs, Hungary.Key), Ngo, Hungary),
            "advocates to an NGO" => (new Relationship(Government.Key, RelationshipType.AdvocatesTo, Ngo.Key), Government, Ngo),
            "modelled on a later threat" => (new Relationship(Earlier.Key, RelationshipType.ModelledOn, Later.Key), Earlier, Later),
            "targets a threat" => (new Relationship(Later.Key, RelationshipType.Targets, Earlier.Key), Later, Earlier),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };

        var refused = Assert.Throws<RareGraphException>(() => RelationshipEndpointRules.Check(relationship, from, to, "from", "to"));

        Assert.Equal((ErrorCodes.Validation, end), (refused.Code, refused.Field));
    }

    [Fact]
    public void Allowed_Ends_Should_Pass()
    {
        RelationshipEndpointRules.Check(new Relationship(Ngo.Key, RelationshipType.BasedIn, Hungary.Key), Ngo, Hungary, "from", "to");
        RelationshipEndpointRules.Check(new Relationship(Government.Key, RelationshipType.Governs, Hungary.Key), Government, Hungary, "from", "to");
        RelationshipEndpointRules.Check(new Relationship(Later.Key, RelationshipType.ModelledOn, Earlier.Key), Later, Earlier, "from", "to");
        RelationshipEndpointRules.Check(new Relationship(Later.Key, RelationshipType.Targets, Ngo.Key), Later, Ngo, "from", "to");
    }
}
