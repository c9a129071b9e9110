using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.Storage.Tests.Writing;

/// <summary>
/// Every rule of the relationship table refuses a write as VALIDATION naming the offending end, and the refused
/// request leaves no trace: not the relationship, not the new entity that came with it, not a new version.
/// </summary>
public sealed class RelationshipRuleWriteTests
{
    private static readonly Organisation NewNgo = new("o-new", "New NGO", OrganisationKind.Ngo);
    private static readonly Threat EarlyThreat = new("t-early", "Early decree", ThreatCategory.Legislation, new DateOnly(2020, 2, 2));

    public static TheoryData<string, string> Cases => new()
    {
        { "based-in-an-organisation", "input.relationships.0.toKey" },
        { "affiliated-from-an-organisation", "input.relationships.0.fromKey" },
        { "governs-from-an-ngo", "input.relationships.0.fromKey" },
        { "advocates-to-an-ngo", "input.relationships.0.toKey" },
        { "modelled-on-a-later-threat", "input.relationships.0.fromKey" },
        { "targets-a-threat", "input.relationships.0.toKey" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_Broken_Rule_Should_Be_Validation_Naming_The_Field_And_Write_Nothing(string rule, string field)
    {
        await using var fixture = await WriterFixture.StartAsync();
        var (entity, relationship) = rule switch
        {
            "based-in-an-organisation" => ((Entity)NewNgo, new Relationship("o-new", RelationshipType.BasedIn, "o-gov")),
            "affiliated-from-an-organisation" => (NewNgo, new Relationship("o-new", RelationshipType.AffiliatedWith, "o-ngo")),
            "governs-from-an-ngo" => (NewNgo, new Relationship("o-new", RelationshipType.Governs, "j-hu")),
            "advocates-to-an-ngo" => (NewNgo, new Relationship("o-new", RelationshipType.AdvocatesTo, "o-ngo")),
            "modelled-on-a-later-threat" => (EarlyThreat, new Relationship("t-early", RelationshipType.ModelledOn, "t-law")),
            "targets-a-threat" => (EarlyThreat, new Relationship("t-early", RelationshipType.Targets, "t-law")),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };

        var failure = await Assert.ThrowsAsync<RareGraphException>(
            () => fixture.WriteAsync(WriterFixture.Request([entity], [relationship])));

        Assert.Equal((ErrorCodes.Validation, field), (failure.Code, failure.Field));
        Assert.Equal(1, await fixture.Store.GetVersionAsync(default));
        Assert.Empty(await fixture.Store.GetEntitiesAsync([entity.Key], default));
        Assert.Empty(await fixture.Store.GetRelationshipsAsync([relationship.Identity], default));
    }

    [Fact]
    public async Task Changing_A_Governments_Kind_Should_Not_Break_Its_Stored_Governs_Link()
    {
        await using var fixture = await WriterFixture.StartAsync();
        var request = new WriteRequest("upsertOrganisation");
        request.Entities.Add(new Located<Entity>(new Organisation("o-gov", "Government of Hungary", OrganisationKind.Ngo), "input"));

        var failure = await Assert.ThrowsAsync<RareGraphException>(() => fixture.WriteAsync(request));

        Assert.Equal((ErrorCodes.Validation, "input.kind"), (failure.Code, failure.Field));
        Assert.Equal(OrganisationKind.Government, ((Organisation)(await fixture.Store.GetEntitiesAsync(["o-gov"], default))[0]).Kind);
    }

    [Fact]
    public async Task Lineage_From_The_Later_Threat_To_The_Earlier_Should_Be_Accepted()
    {
        await using var fixture = await WriterFixture.StartAsync();

        var outcome = await fixture.WriteAsync(
            WriterFixture.Request([EarlyThreat], [new Relationship("t-law", RelationshipType.Cited, "t-early")]));

        Assert.Equal(2, outcome.Version);
    }
}
