using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>Names order and match as people read them: case and accents ignored, the key breaking ties, on every store.</summary>
public abstract partial class GraphStoreContract
{
    /// <summary>Names seen on the demo data, which character-code order put in the wrong places.</summary>
    private static readonly Organisation[] ReadableNames =
    [
        new("o-crta", "CRTA", OrganisationKind.Ngo),
        new("o-ceu", "Central European University", OrganisationKind.Academic),
        new("o-atl", "Átlátszó", OrganisationKind.Media),
        new("o-oko", "Ökotárs Alapítvány", OrganisationKind.Funder),
        new("o-amn", "amnesty", OrganisationKind.Ngo),
        new("o-zeb", "Zebra", OrganisationKind.Other),
        new("o-cen2", "central european university", OrganisationKind.Academic),
        new("o-lod", "Łódź Watch", OrganisationKind.Ngo),
        new("o-str", "Straße Frei", OrganisationKind.Ngo),
    ];

    private static readonly string[] ReadableOrder = ["o-amn", "o-atl", "o-cen2", "o-ceu", "o-crta", "o-lod", "o-oko", "o-str", "o-zeb"];

    private async Task<Domain.Storage.IGraphStore> ReadableNamesStoreAsync()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(ReadableNames), 0, None);
        return store;
    }

    [Fact]
    public async Task Names_Should_Sort_Ignoring_Case_And_Accents_With_The_Key_Breaking_Ties()
    {
        var store = await ReadableNamesStoreAsync();

        var ascending = await store.ListEntitiesAsync(new EntityQuery(EntityLabel.Organisation, null, [new SortSpec(EntityField.Name)], null, false, 20), None);
        var descending = await store.ListEntitiesAsync(new EntityQuery(EntityLabel.Organisation, null, [new SortSpec(EntityField.Name, true)], null, false, 20), None);

        Assert.Equal(ReadableOrder, ascending.Select(e => e.Key));

        // Descending reverses the names; ties still break by key ascending.
        Assert.Equal(["o-zeb", "o-str", "o-oko", "o-lod", "o-crta", "o-cen2", "o-ceu", "o-atl", "o-amn"], descending.Select(e => e.Key));
    }

    [Fact]
    public async Task Name_Pages_Should_Continue_From_A_Folded_Position_Both_Ways()
    {
        var store = await ReadableNamesStoreAsync();
        var sort = new[] { new SortSpec(EntityField.Name) };
        var keys = new List<string>();
        KeysetPosition? position = null;
        while (true)
        {
            var page = await store.ListEntitiesAsync(new EntityQuery(EntityLabel.Organisation, null, sort, position, false, 2), None);
            keys.AddRange(page.Select(e => e.Key));
            if (page.Count < 2)
            {
                break;
            }

            position = new KeysetPosition([SortValues.Of(page[^1], EntityField.Name)], page[^1].Key);
        }

        var before = await store.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Organisation, null, sort, new KeysetPosition([TextFolding.Fold("CRTA")], "o-crta"), true, 3), None);

        Assert.Equal(ReadableOrder, keys);
        Assert.Equal(["o-atl", "o-cen2", "o-ceu"], before.Select(e => e.Key));
    }

    public static TheoryData<FilterOperator, string, string[]> FoldedSearchCases => new()
    {
        { FilterOperator.Contains, "okotars", ["o-oko"] },
        { FilterOperator.Contains, "ALAPITVANY", ["o-oko"] },
        { FilterOperator.Contains, "ÖKO", ["o-oko"] },
        { FilterOperator.StartsWith, "atl", ["o-atl"] },
        { FilterOperator.StartsWith, "lodz", ["o-lod"] },
        { FilterOperator.Contains, "strasse", ["o-str"] },
        { FilterOperator.StartsWith, "central", ["o-cen2", "o-ceu"] },
        { FilterOperator.StartsWith, "ntral", [] },
        { FilterOperator.Equals, "central european university", ["o-cen2"] },
    };

    [Theory]
    [MemberData(nameof(FoldedSearchCases))]
    public async Task Name_Search_Should_Ignore_Case_And_Accents_But_Equality_Should_Not(FilterOperator op, string value, string[] expected)
    {
        var store = await ReadableNamesStoreAsync();

        var found = await store.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Organisation, new FieldFilter(EntityField.Name, op, [value]), [], null, false, 20), None);

        Assert.Equal(expected, Sorted(found.Select(e => e.Key)));
    }
}
