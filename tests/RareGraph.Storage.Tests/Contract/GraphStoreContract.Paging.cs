using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>Sorting on every sortable field and keyset paging in both directions, checked against the in-memory order.</summary>
public abstract partial class GraphStoreContract
{
    public static TheoryData<EntityLabel, EntityField, bool> SingleSorts()
    {
        var data = new TheoryData<EntityLabel, EntityField, bool>();
        var fields = new (EntityLabel Label, EntityField[] Fields)[]
        {
            (EntityLabel.Jurisdiction, [EntityField.Key, EntityField.Name, EntityField.Kind, EntityField.Code]),
            (EntityLabel.Organisation, [EntityField.Key, EntityField.Name, EntityField.Kind]),
            (EntityLabel.Defender, [EntityField.Name, EntityField.RiskLevel]),
            (EntityLabel.Threat, [EntityField.Name, EntityField.Category, EntityField.OccurredOn, EntityField.Severity]),
        };
        foreach (var (label, labelFields) in fields)
        {
            foreach (var field in labelFields)
            {
                data.Add(label, field, false);
                data.Add(label, field, true);
            }
        }

        return data;
    }

    public static TheoryData<EntityLabel, string, int> PagedSorts => new()
    {
        { EntityLabel.Threat, "", 4 },
        { EntityLabel.Threat, "Severity desc, OccurredOn", 4 },
        { EntityLabel.Threat, "Category, Name desc", 5 },
        { EntityLabel.Threat, "OccurredOn desc, Severity desc, Name", 3 },
        { EntityLabel.Organisation, "Name desc, Kind", 4 },
        { EntityLabel.Defender, "RiskLevel desc", 2 },
        { EntityLabel.Jurisdiction, "Kind, Code desc", 3 },
        { EntityLabel.Jurisdiction, "Name", 100 },
    };

    [Theory]
    [MemberData(nameof(SingleSorts))]
    public async Task Listing_Should_Sort_On_Each_Field_With_Key_As_Tie_Breaker(EntityLabel label, EntityField field, bool descending)
    {
        var store = await GeneratedStoreAsync();
        SortSpec[] sort = [new(field, descending)];

        var listed = await store.ListEntitiesAsync(new EntityQuery(label, null, sort, null, false, 1000), None);

        Assert.Equal(ExpectedOrder.Keys(GeneratedGraph.Entities, label, sort), listed.Select(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(PagedSorts))]
    public async Task Forward_Paging_Should_Visit_Every_Entity_Once_In_Order(EntityLabel label, string sortText, int pageSize)
    {
        var store = await GeneratedStoreAsync();
        var sort = ParseSort(sortText);
        var visited = new List<string>();
        KeysetPosition? position = null;
        while (true)
        {
            var page = await store.ListEntitiesAsync(new EntityQuery(label, null, sort, position, false, pageSize), None);
            visited.AddRange(page.Select(e => e.Key));
            if (page.Count < pageSize)
            {
                break;
            }

            position = ExpectedOrder.PositionOf(page[^1], sort);
        }

        Assert.Equal(ExpectedOrder.Keys(GeneratedGraph.Entities, label, sort), visited);
    }

    [Theory]
    [MemberData(nameof(PagedSorts))]
    public async Task Backward_Paging_Should_Visit_Every_Entity_Once_With_Pages_In_Forward_Order(EntityLabel label, string sortText, int pageSize)
    {
        var store = await GeneratedStoreAsync();
        var sort = ParseSort(sortText);
        var visited = new List<string>();
        KeysetPosition? position = null;
        while (true)
        {
            var page = await store.ListEntitiesAsync(new EntityQuery(label, null, sort, position, true, pageSize), None);
            visited.InsertRange(0, page.Select(e => e.Key));
            if (page.Count < pageSize)
            {
                break;
            }

            position = ExpectedOrder.PositionOf(page[0], sort);
        }

        Assert.Equal(ExpectedOrder.Keys(GeneratedGraph.Entities, label, sort), visited);
    }

    [Fact]
    public async Task Paging_Should_Combine_With_A_Filter_And_Start_Strictly_After_The_Position()
    {
        var store = await GeneratedStoreAsync();
        SortSpec[] sort = [new(EntityField.Severity, Descending: true)];
        var filter = new FieldFilter(EntityField.Category, FilterOperator.In, ["Legislation", "Judicial"]);
        var threats = GeneratedGraph.Entities.OfType<Threat>().Where(t => t.Category is ThreatCategory.Legislation or ThreatCategory.Judicial);
        var expected = ExpectedOrder.Keys(threats, EntityLabel.Threat, sort);
        var third = GeneratedGraph.Entities.Single(e => e.Key == expected[2]);

        var after = await store.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Threat, filter, sort, ExpectedOrder.PositionOf(third, sort), false, 3),
            None);
        var before = await store.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Threat, filter, sort, ExpectedOrder.PositionOf(third, sort), true, 5),
            None);

        Assert.Equal(expected.Skip(3).Take(3), after.Select(e => e.Key));
        Assert.Equal(expected.Take(2), before.Select(e => e.Key));
    }

    [Fact]
    public async Task Backward_Without_Position_Should_Return_The_Last_Page_In_Forward_Order()
    {
        var store = await GeneratedStoreAsync();
        SortSpec[] sort = [new(EntityField.Name)];

        var last = await store.ListEntitiesAsync(new EntityQuery(EntityLabel.Organisation, null, sort, null, true, 4), None);

        Assert.Equal(ExpectedOrder.Keys(GeneratedGraph.Entities, EntityLabel.Organisation, sort).TakeLast(4), last.Select(e => e.Key));
    }

    private async Task<Domain.Storage.IGraphStore> GeneratedStoreAsync()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(GeneratedGraph.Entities), 0, None);
        return store;
    }

    /// <summary>Sorts travel as text ("Severity desc, Name") so theory cases stay readable and serialisable.</summary>
    private static SortSpec[] ParseSort(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(' '))
            .Select(words => new SortSpec(Enum.Parse<EntityField>(words[0]), words.Length > 1 && words[1] == "desc"))
            .ToArray();
}
