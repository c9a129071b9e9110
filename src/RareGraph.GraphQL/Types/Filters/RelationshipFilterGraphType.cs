using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class RelationshipFilterGraphType : InputObjectGraphType
{
    public RelationshipFilterGraphType()
    {
        Name = "RelationshipFilter";
        Description = "Conditions on relationships; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("types").Description("Only these types.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("fromKeys").Description("Only relationships from one of these entities.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("toKeys").Description("Only relationships to one of these entities.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keys").Description("Only relationships with one of these entities at either end.");
        Field<CalendarDateGraphType>("at").Description("Only relationships valid on this date.");
        Field<FloatGraphType>("minConfidence").Description("Only relationships at least this sure, in [0, 1]; a missing confidence counts as 1.");
        Field<SourceFilterGraphType>("source").Description("Their source.");
    }
}
