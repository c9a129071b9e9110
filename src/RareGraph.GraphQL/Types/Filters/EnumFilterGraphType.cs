using GraphQL.Types;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Types.Filters;

/// <summary>eq/in conditions on an enum, named after it (OrganisationKindFilter…).</summary>
internal sealed class EnumFilterGraphType<TEnumType> : InputObjectGraphType
    where TEnumType : EnumerationGraphType
{
    public EnumFilterGraphType()
    {
        Name = GraphTypeNames.Of<TEnumType>() + "Filter";
        Field<TEnumType>("eq");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in");
    }
}
