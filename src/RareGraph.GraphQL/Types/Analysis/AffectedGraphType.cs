using GraphQL.Types;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class AffectedGraphType : ObjectGraphType<AffectedView>
{
    public AffectedGraphType()
    {
        Name = "Affected";
        Description = "An organisation reached by a threat's spill-over.";
        Field<NonNullGraphType<OrganisationGraphType>>("organisation").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.OrganisationKey));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The best product of step factors over paths of at most maxHops steps.")
            .Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("hops").Description("The fewest steps among the paths reaching that score.")
            .Resolve(ctx => ctx.Source.Hops);
        Field<NonNullGraphType<BooleanGraphType>>("crossBorder")
            .Description("True when the organisation is BASED_IN a jurisdiction other than the one the threat OCCURRED_IN; false when either is unknown.")
            .Resolve(ctx => ctx.Source.CrossBorder);
        Field<NonNullGraphType<SpilloverPathGraphType>>("path").Description("One path that reaches exactly this score in exactly this many steps.")
            .Resolve(ctx => ctx.Source.Path);
    }
}
