using GraphQL.Types;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class NetworkGrowthGraphType : ObjectGraphType<NetworkGrowthView>
{
    public NetworkGrowthGraphType()
    {
        Name = "NetworkGrowth";
        Description = "How a programme's network grew over its camps. Counts only.";
        Field<NonNullGraphType<ProgrammeGraphType>>("programme").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ProgrammeKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>>("types").Description("The relationship types counted as ties.")
            .Resolve(ctx => ctx.Source.Types);
        Field<NonNullGraphType<IntGraphType>>("members").Description("How many defenders and organisations make up the network.")
            .Resolve(ctx => ctx.Source.Report.Members);
        Field<NonNullGraphType<IntGraphType>>("baseline").Description("Ties of the network valid on the day before the first camp.")
            .Resolve(ctx => ctx.Source.Report.Baseline);
        Field<NonNullGraphType<ConnectionGraphType<NetworkGrowthPeriodGraphType>>>("periods")
            .Description("One per dated camp, in date order: from its first day to the day before the next camp (the last to the programme's end, or open).")
            .PagingArguments()
            .Resolve(ctx => InMemoryPaging.PageRanked(ctx.Source.Periods, PageRequest.From(ctx)));
    }
}
