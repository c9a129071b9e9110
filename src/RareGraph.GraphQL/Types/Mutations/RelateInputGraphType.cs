using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class RelateInputGraphType : PartialInputGraphType<RelateInput>
{
    public RelateInputGraphType()
    {
        Name = "RelateInput";
        Field<NonNullGraphType<StringGraphType>>("fromKey");
        Field<NonNullGraphType<StringGraphType>>("toKey");
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type");
        Field<FloatGraphType>("strength").Description("In (0, 1]; 1 when a new relationship leaves it out (or sets it to null).");
        Field<CalendarDateGraphType>("validFrom");
        Field<CalendarDateGraphType>("validTo");
        Field<StringGraphType>("source");
        Field<FloatGraphType>("confidence").Description("In [0, 1].");
        Field<ParticipationRoleGraphType>("role").Description("PARTICIPATES_IN only: participant, trainer or host.");
    }
}
