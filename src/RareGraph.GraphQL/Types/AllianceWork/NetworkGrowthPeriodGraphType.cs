using GraphQL.Types;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Validation;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Types.Aggregates;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class NetworkGrowthPeriodGraphType : ObjectGraphType<GrowthPeriodView>
{
    public NetworkGrowthPeriodGraphType()
    {
        Name = "NetworkGrowthPeriod";
        Description = "A camp period and the ties the network formed and lost in it.";
        Field<NonNullGraphType<CampGraphType>>("camp").Description("The camp that opens the period.").Resolve(ctx => ctx.Source.Period.Camp);
        Field<NonNullGraphType<CalendarDateGraphType>>("from").Resolve(ctx => ctx.Source.Period.From);
        Field<CalendarDateGraphType>("to").Description("The period's last day; null when open.").Resolve(ctx => ctx.Source.Period.To);
        Field<NonNullGraphType<IntGraphType>>("created").Description("Ties that began in the period (validFrom within it).")
            .Resolve(ctx => ctx.Source.Period.Created);
        Field<NonNullGraphType<IntGraphType>>("ended").Description("Ties that ended in the period (validTo within it).")
            .Resolve(ctx => ctx.Source.Period.Ended);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Ties at the period's end: the baseline, plus those created, less those ended, so far.")
            .Resolve(ctx => ctx.Source.Period.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketGraphType>>>>("createdByType")
            .Description("The ties created, per relationship type (keys: [TYPE]), in the model's type order.")
            .Resolve(ctx => ctx.Source.Period.CreatedByType
                .Select(p => new CountBucket([RelationshipEndpointRules.GraphQLName(p.Key)], p.Value)).ToList());
        Field<NonNullGraphType<IntGraphType>>("participantCount").Description("How many took part in the camp (any role).")
            .Resolve(ctx => ctx.Source.ParticipantCount);
    }
}
