using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Filters;

/// <summary>One ordering term (<c>OrganisationSort</c>…): terms apply in the order given, then the key ascending.</summary>
internal abstract class SortInputGraphType<TFieldType> : InputObjectGraphType
    where TFieldType : SortFieldGraphType
{
    protected SortInputGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<TFieldType>>("field");
        Field<SortDirectionGraphType>("direction").DefaultValue(false);
    }
}
