using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class DiffusionLinkGraphType : ObjectGraphType<DiffusionLinkView>
{
    public DiffusionLinkGraphType()
    {
        Name = "DiffusionLink";
        Field<NonNullGraphType<ThreatGraphType>>("threat").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ThreatKey));
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Links between the two threats.").Resolve(ctx => ctx.Source.Depth);
        Field<NonNullGraphType<IntGraphType>>("lagDays")
            .Description("This threat's date minus the queried threat's date, in days: negative for a precursor; exact only to lagPrecision.")
            .Resolve(ctx => ctx.Source.LagDays);
        Field<NonNullGraphType<DatePrecisionGraphType>>("lagPrecision")
            .Description("How exact lagDays is: the coarser of the two dates' precisions (MONTH: give or take a month).")
            .Resolve(ctx => ctx.Source.LagPrecision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>>("via")
            .Description("The link types along the chain, from the queried threat outwards.")
            .Resolve(ctx => ctx.Source.Via);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JurisdictionGraphType>>>>("jurisdictionsCrossed")
            .Description("The distinct jurisdictions the chain's threats occurred in, in chain order.")
            .Resolve(ctx => new KeyedListLoad<string, Entity>(ctx.Loaders().EntitiesByKey, ctx.Source.JurisdictionKeys));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThreatGraphType>>>>("path")
            .Description("The threats of the chain, from the queried threat to this one.")
            .Resolve(ctx => new KeyedListLoad<string, Entity>(ctx.Loaders().EntitiesByKey, ctx.Source.PathKeys));
    }
}
