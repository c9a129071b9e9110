using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class SpilloverRuleGraphType : ObjectGraphType<RelationshipTypeInfo>
{
    public SpilloverRuleGraphType()
    {
        Name = "SpilloverRule";
        Description = "How spill-over travels over one relationship type.";
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<FlowDirectionGraphType>>("flow").Description("Along which stored direction it travels; NONE for types that carry none.")
            .Resolve(ctx => ctx.Source.Flow);
        Field<NonNullGraphType<FloatGraphType>>("weight")
            .Description("The default factor of a step over it (times the relationship's strength); 0 where it carries none. `impact(weights:)` overrides it.")
            .Resolve(ctx => ctx.Source.Flow == FlowDirection.None ? 0.0 : ctx.Source.DefaultWeight);
    }
}
