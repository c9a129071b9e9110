using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>Aggregates: threat counts by year, jurisdiction and category, relationship counts by type, with filters.</summary>
public abstract partial class GraphStoreContract
{
    private static string Show(IReadOnlyList<CountBucket> buckets) =>
        string.Join(" | ", buckets.Select(b => string.Join(",", b.Keys.Select(k => k ?? "-")) + "=" + b.Count));

    [Fact]
    public async Task Threat_Counts_Should_Group_By_Year_And_Order_By_Key()
    {
        var store = await SampleStoreAsync();

        var buckets = await store.CountThreatsByAsync(null, [ThreatDimension.Year], None);

        Assert.Equal("2022=1 | 2023=1 | 2024=2", Show(buckets));
    }

    [Fact]
    public async Task Threat_Counts_Should_Group_By_Several_Dimensions_With_Null_For_A_Missing_Jurisdiction_Last()
    {
        var store = await SampleStoreAsync();

        var buckets = await store.CountThreatsByAsync(null, [ThreatDimension.Jurisdiction, ThreatDimension.Category], None);

        Assert.Equal("j-ge,Legislation=1 | -,FundingRestriction=1 | -,Raid=1 | -,Slapp=1", Show(buckets));
    }

    [Fact]
    public async Task Threat_Counts_Should_Group_By_Polarity_And_Year()
    {
        var store = await SampleStoreAsync();

        var buckets = await store.CountThreatsByAsync(null, [ThreatDimension.Polarity, ThreatDimension.Year], None);

        Assert.Equal("Protective,2022=1 | Restrictive,2023=1 | Restrictive,2024=2", Show(buckets));
    }

    [Fact]
    public async Task Threat_Counts_Should_Apply_The_Filter_And_Give_One_Total_Without_Dimensions()
    {
        var store = await SampleStoreAsync();
        var recent = new FieldFilter(EntityField.OccurredOn, FilterOperator.GreaterThanOrEqual, [new DateOnly(2023, 1, 1)]);

        Assert.Equal("2023=1 | 2024=2", Show(await store.CountThreatsByAsync(recent, [ThreatDimension.Year], None)));
        Assert.Equal("=3", Show(await store.CountThreatsByAsync(recent, [], None)));
        Assert.Equal("=0", Show(await store.CountThreatsByAsync(new AnyOfFilter([]), [], None)));
        Assert.Empty(await store.CountThreatsByAsync(new AnyOfFilter([]), [ThreatDimension.Category], None));
    }

    [Fact]
    public async Task Threat_Counts_Should_Count_A_Threat_Once_In_Each_Of_Its_Jurisdictions()
    {
        var store = await SampleStoreAsync();
        await store.ApplyAsync(Upserting(new Relationship("t-law", RelationshipType.OccurredIn, "j-hu")), 1, None);

        Assert.Equal("j-ge=1 | j-hu=1 | -=3", Show(await store.CountThreatsByAsync(null, [ThreatDimension.Jurisdiction], None)));
        Assert.Equal("2024=2", Show(await store.CountThreatsByAsync(new FieldFilter(EntityField.Key, FilterOperator.In, ["t-law", "t-raid"]), [ThreatDimension.Year], None)));
    }

    [Fact]
    public async Task Relationship_Counts_Should_Group_By_Type()
    {
        var store = await SampleStoreAsync();

        var buckets = await store.CountRelationshipsByAsync(null, [RelationshipDimension.Type], None);

        Assert.Equal(
            "AdvocatesTo=1 | AffiliatedWith=1 | BasedIn=2 | Governs=1 | Influences=1 | ModelledOn=1 | OccurredIn=1 | Targets=1",
            Show(buckets));
    }

    public static TheoryData<RelationshipFilter, string> RelationshipCountCases => new()
    {
        { new RelationshipFilter { Types = [RelationshipType.BasedIn, RelationshipType.Governs] }, "BasedIn=2 | Governs=1" },
        { new RelationshipFilter { FromKeys = ["o-ngo"] }, "AdvocatesTo=1 | BasedIn=1" },
        { new RelationshipFilter { ToKeys = ["j-hu", "o-ngo"] }, "AffiliatedWith=1 | BasedIn=1 | Governs=1 | Targets=1" },
        { new RelationshipFilter { Keys = ["o-gov"] }, "AdvocatesTo=1 | Governs=1" },
        { new RelationshipFilter { At = new DateOnly(2026, 1, 1), Keys = ["o-ngo"] }, "AdvocatesTo=1 | BasedIn=1 | Targets=1" },
        { new RelationshipFilter { At = new DateOnly(2009, 1, 1), FromKeys = ["o-ngo"] }, "AdvocatesTo=1" },
        { new RelationshipFilter { MinConfidence = 0.8, FromKeys = ["o-ngo", "o-media"] }, "AdvocatesTo=1 | BasedIn=1" },
        { new RelationshipFilter { SourceEquals = "registry" }, "BasedIn=1" },
        { new RelationshipFilter { SourceContains = "GIST" }, "BasedIn=1" },
        { new RelationshipFilter { SourceContains = "nothing" }, "" },
    };

    [Theory]
    [MemberData(nameof(RelationshipCountCases))]
    public async Task Relationship_Counts_Should_Apply_Every_Condition(RelationshipFilter filter, string expected)
    {
        var store = await SampleStoreAsync();

        Assert.Equal(expected, Show(await store.CountRelationshipsByAsync(filter, [RelationshipDimension.Type], None)));
    }

    [Fact]
    public async Task Relationship_Counts_Without_Dimensions_Should_Give_The_Total()
    {
        var store = await SampleStoreAsync();

        Assert.Equal("=9", Show(await store.CountRelationshipsByAsync(null, [], None)));
    }
}
