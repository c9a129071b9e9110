using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>Listing filters: every operator, their combinations, tags, relationship existence, and counts.</summary>
public abstract partial class GraphStoreContract
{
    public static TheoryData<EntityLabel, EntityFilter, string[]> FilterCases => new()
    {
        { EntityLabel.Organisation, Field(EntityField.Kind, FilterOperator.Equals, "Ngo"), ["o-ngo"] },
        { EntityLabel.Organisation, Field(EntityField.Kind, FilterOperator.In, "Ngo", "Media", "Academic"), ["o-media", "o-ngo"] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.Contains, "RIGHTS"), ["o-fund"] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.Contains, "of"), ["o-gov", "o-par"] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.Contains, "%"), ["o-fund"] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.Contains, "s_1"), ["o-fund"] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.Contains, "c_v"), [] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.StartsWith, "gov"), ["o-gov"] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.StartsWith, "MÉDIA"), ["o-media"] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.StartsWith, "_"), [] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.Equals, "Civic Watch"), ["o-ngo"] },
        { EntityLabel.Organisation, Field(EntityField.Name, FilterOperator.Equals, "civic watch"), [] },
        { EntityLabel.Organisation, Field(EntityField.Key, FilterOperator.In, "o-gov", "o-par", "nope"), ["o-gov", "o-par"] },
        { EntityLabel.Organisation, Field(EntityField.Tag, FilterOperator.Equals, "press"), ["o-media", "o-ngo"] },
        { EntityLabel.Organisation, Field(EntityField.Tag, FilterOperator.In, "funding", "rights"), ["o-fund", "o-ngo"] },
        { EntityLabel.Organisation, Field(EntityField.Tag, FilterOperator.StartsWith, "PR"), ["o-media", "o-ngo"] },
        { EntityLabel.Jurisdiction, Field(EntityField.Tag, FilterOperator.Equals, "eu"), ["j-fr", "j-hu"] },
        { EntityLabel.Jurisdiction, Field(EntityField.Tag, FilterOperator.StartsWith, "élargissement"), ["j-hu"] },
        { EntityLabel.Jurisdiction, Field(EntityField.Tag, FilterOperator.Contains, "T 20"), ["j-hu"] },
        { EntityLabel.Jurisdiction, Field(EntityField.Code, FilterOperator.StartsWith, "g"), ["j-ge"] },
        { EntityLabel.Threat, Field(EntityField.Key, FilterOperator.Contains, "A"), ["t-ban", "t-law", "t-raid", "t-slapp"] },
        { EntityLabel.Jurisdiction, new NotFilter(Field(EntityField.Tag, FilterOperator.In, "eu", "coe")), ["j-eu"] },
        { EntityLabel.Jurisdiction, Field(EntityField.Code, FilterOperator.Equals, "HU"), ["j-hu"] },
        { EntityLabel.Jurisdiction, Field(EntityField.Kind, FilterOperator.Equals, "Supranational"), ["j-eu"] },
        { EntityLabel.Threat, Field(EntityField.Category, FilterOperator.In, "Raid", "FundingRestriction"), ["t-ban", "t-raid"] },
        { EntityLabel.Threat, Field(EntityField.OccurredOn, FilterOperator.GreaterThanOrEqual, new DateOnly(2024, 1, 15)), ["t-law", "t-raid"] },
        { EntityLabel.Threat, Field(EntityField.OccurredOn, FilterOperator.LessThanOrEqual, new DateOnly(2023, 3, 1)), ["t-ban", "t-slapp"] },
        { EntityLabel.Threat, Field(EntityField.OccurredOn, FilterOperator.Equals, new DateOnly(2024, 5, 28)), ["t-law"] },
        { EntityLabel.Threat, Field(EntityField.Severity, FilterOperator.GreaterThanOrEqual, "High"), ["t-ban", "t-law"] },
        { EntityLabel.Threat, Field(EntityField.Severity, FilterOperator.LessThanOrEqual, "Medium"), ["t-raid", "t-slapp"] },
        { EntityLabel.Threat, Field(EntityField.Severity, FilterOperator.In, "Low", "Critical"), ["t-ban", "t-slapp"] },
        { EntityLabel.Defender, Field(EntityField.RiskLevel, FilterOperator.GreaterThanOrEqual, "Low"), ["d-falcon", "d-owl"] },
        { EntityLabel.Defender, Field(EntityField.RiskLevel, FilterOperator.Equals, "High"), ["d-falcon"] },
        { EntityLabel.Organisation, Field(EntityField.Source, FilterOperator.Equals, "illustrative"), ["o-fund"] },
        { EntityLabel.Organisation, Field(EntityField.Source, FilterOperator.Contains, "MEDIA.example"), ["o-media"] },
        { EntityLabel.Threat, Field(EntityField.Source, FilterOperator.StartsWith, "https://"), ["t-slapp"] },
        { EntityLabel.Organisation, Field(EntityField.Confidence, FilterOperator.GreaterThanOrEqual, 0.6), ["o-gov", "o-media", "o-ngo", "o-par"] },
        { EntityLabel.Organisation, Field(EntityField.Confidence, FilterOperator.LessThanOrEqual, 0.5), ["o-fund"] },
        { EntityLabel.Jurisdiction, Field(EntityField.Confidence, FilterOperator.LessThanOrEqual, 0.9), ["j-eu"] },
        { EntityLabel.Defender, Field(EntityField.Confidence, FilterOperator.GreaterThanOrEqual, 0.6), ["d-falcon", "d-owl"] },
        { EntityLabel.Threat, Field(EntityField.Polarity, FilterOperator.Equals, "Protective"), ["t-slapp"] },
        { EntityLabel.Threat, Field(EntityField.Polarity, FilterOperator.In, "Restrictive"), ["t-ban", "t-law", "t-raid"] },
        {
            EntityLabel.Organisation,
            new AllOfFilter([Field(EntityField.Tag, FilterOperator.Equals, "press"), Field(EntityField.Name, FilterOperator.Contains, "libre")]),
            ["o-media"]
        },
        {
            EntityLabel.Organisation,
            new AnyOfFilter([Field(EntityField.Kind, FilterOperator.Equals, "Government"), Field(EntityField.Tag, FilterOperator.Equals, "funding")]),
            ["o-fund", "o-gov"]
        },
        { EntityLabel.Organisation, new NotFilter(Field(EntityField.Tag, FilterOperator.Equals, "press")), ["o-fund", "o-gov", "o-par"] },
        {
            EntityLabel.Threat,
            new AllOfFilter(
            [
                new NotFilter(Field(EntityField.Category, FilterOperator.Equals, "Legislation")),
                new AnyOfFilter(
                [
                    Field(EntityField.Severity, FilterOperator.GreaterThanOrEqual, "Critical"),
                    Field(EntityField.OccurredOn, FilterOperator.GreaterThanOrEqual, new DateOnly(2024, 1, 1)),
                ]),
            ]),
            ["t-ban", "t-raid"]
        },
        { EntityLabel.Organisation, new AllOfFilter([]), ["o-fund", "o-gov", "o-media", "o-ngo", "o-par"] },
        { EntityLabel.Organisation, new AnyOfFilter([]), [] },
        { EntityLabel.Organisation, new HasRelationshipFilter(RelationshipType.BasedIn, RelationshipDirection.Outgoing, null), ["o-media", "o-ngo"] },
        { EntityLabel.Organisation, new HasRelationshipFilter(RelationshipType.BasedIn, RelationshipDirection.Outgoing, "j-hu"), ["o-ngo"] },
        { EntityLabel.Organisation, new HasRelationshipFilter(RelationshipType.BasedIn, RelationshipDirection.Incoming, null), [] },
        { EntityLabel.Jurisdiction, new HasRelationshipFilter(RelationshipType.BasedIn, RelationshipDirection.Incoming, null), ["j-fr", "j-hu"] },
        { EntityLabel.Jurisdiction, new HasRelationshipFilter(RelationshipType.Influences, RelationshipDirection.Both, null), ["j-ge", "j-hu"] },
        { EntityLabel.Organisation, new HasRelationshipFilter(RelationshipType.AdvocatesTo, RelationshipDirection.Both, "o-gov"), ["o-ngo"] },
        { EntityLabel.Organisation, new HasRelationshipFilter(RelationshipType.AdvocatesTo, RelationshipDirection.Both, null), ["o-gov", "o-ngo"] },
        { EntityLabel.Threat, new HasRelationshipFilter(RelationshipType.ModelledOn, RelationshipDirection.Incoming, "t-law"), ["t-ban"] },
        {
            EntityLabel.Organisation,
            new NotFilter(new HasRelationshipFilter(RelationshipType.BasedIn, RelationshipDirection.Outgoing, null)),
            ["o-fund", "o-gov", "o-par"]
        },
    };

    private static FieldFilter Field(EntityField field, FilterOperator op, params object[] values) => new(field, op, values);

    [Theory]
    [MemberData(nameof(FilterCases))]
    public async Task Listing_Should_Keep_Exactly_The_Entities_The_Filter_Matches(EntityLabel label, EntityFilter filter, string[] expected)
    {
        var store = await SampleStoreAsync();

        var listed = await store.ListEntitiesAsync(new EntityQuery(label, filter, [], null, false, 100), None);

        Assert.Equal(expected, listed.Select(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(FilterCases))]
    public async Task Count_Should_Agree_With_The_Filter(EntityLabel label, EntityFilter filter, string[] expected)
    {
        var store = await SampleStoreAsync();

        Assert.Equal(expected.Length, await store.CountEntitiesAsync(label, filter, None));
    }

    [Fact]
    public async Task Count_Without_Filter_Should_Count_The_Label()
    {
        var store = await SampleStoreAsync();

        Assert.Equal(4, await store.CountEntitiesAsync(EntityLabel.Threat, null, None));
        Assert.Equal(3, await store.CountEntitiesAsync(EntityLabel.Defender, null, None));
    }

    [Fact]
    public async Task Listing_Should_Refuse_A_Field_That_The_Label_Does_Not_Have()
    {
        var store = await SampleStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Organisation, Field(EntityField.Category, FilterOperator.Equals, "Raid"), [], null, false, 10),
            None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Defender, null, [new SortSpec(EntityField.Severity)], null, false, 10),
            None));
    }
}
